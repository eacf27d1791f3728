import { describe, expect, expectTypeOf, it } from "vitest";
import type { EntityRef } from "./entry";
import { parseEntityFields, type PersonFields } from "./entity-fields";
import { splitFrontMatter } from "./frontmatter";

function parse(yaml: string) {
  return parseEntityFields("person", splitFrontMatter(`---\n${yaml}\n---\n`).data);
}

const FULL = `
name_zh: "黃仁勳"
name_en: "Jensen Huang"
name_full_en: "Jen-Hsun Huang"
nickname: "皮衣教主、老黃"
photo: "/images/people/jensen-huang.jpg"
photo_alt: "黃仁勳在 COMPUTEX 演講"
photo_credit: "NVIDIA"
photo_source: "https://nvidianews.nvidia.com/"
nationality: "美國"
birth_year: 1963
birth_place: "台灣台南"
death_year: ""
residence: "美國加州"
current_position: "創辦人暨執行長"
current_organization: "NVIDIA"
current_org_slug: nvidia
description_short: "NVIDIA 共同創辦人，帶領 GPU 成為 AI 運算基礎。"
description_long: |
  1993 年與友人共同創辦 NVIDIA。

  > 「加速運算是下一個時代。」
person_type: ["企業家", "工程師"]
importance_level: 5
ai_domains: ["AI 晶片", "加速運算"]
ai_impact_areas: ["資料中心", "生成式 AI"]
key_contributions:
  - title: "CUDA 平台"
    description: "讓 GPU 成為通用運算平台"
    year: 2006
representative_works:
  - title: "GTC 2024 主題演講"
    type: "演講"
    year: 2024
    description: "發表 Blackwell 架構"
    url: "https://www.nvidia.com/gtc/keynote/"
awards:
  - name: "IEEE 榮譽獎章"
    year: 2026
    issuer: "IEEE"
    category: "工程"
    significance: "表彰對加速運算的貢獻"
    citation: "For leadership in accelerated computing"
    shared_with: "—"
education:
  - institution: "國立臺灣大學"
    institution_en: "National Taiwan University"
    degree: ""
    field: ""
    years: ""
    thesis: ""
  - institution: "史丹佛大學"
    institution_en: "Stanford University"
    degree: "碩士"
    field: "電機工程"
    years: 1992
    thesis: ""
career_history:
  - organization: "NVIDIA"
    organization_en: "NVIDIA"
    position: "執行長"
    years: "1993–"
    org_slug: nvidia
    description: "共同創辦並帶領公司"
    highlight: true
  - organization: "LSI Logic"
    position: "工程師"
    years: "1985-1993"
    highlight: false
mentors:
  - name: "Morris Chang"
    relation: "合作夥伴"
    people_slug: morris-chang
    note: "長期合作"
notable_students:
  - name: "王小明"
    people_slug: wang-xiao-ming
    current_role: "研究員"
    achievement: "GPU 架構"
publications:
  - title: "Accelerated Computing"
    year: 2020
    venue: "Keynote"
    coauthors: ["A. Author", "B. Author"]
    citations: 120
    significance: "重要演講"
founded_companies:
  - name: "NVIDIA"
    year: 1993
    role: "共同創辦人"
    outcome: "上市"
    company_slug: nvidia
    description: "GPU 公司"
notable_quotes:
  - quote: "你要跑，不要走。"
    context: "臺大畢業典禮演講"
    date: 2023-05-27
    source: "臺灣大學"
related_people: ["morris-chang", "lisa-su"]
related_companies:
  - slug: nvidia
    relation: "創辦"
  - slug: tsmc
    relation: "供應商"
social:
  personal_website: ""
  twitter: ""
  linkedin: "https://www.linkedin.com/in/jenhsunhuang"
  github: ""
  google_scholar: ""
  wikipedia: "https://zh.wikipedia.org/wiki/黃仁勳"
resources:
  - title: "NVIDIA 官方簡介"
    url: "https://www.nvidia.com/en-us/about-nvidia/board-of-directors/jensen-huang/"
    type: "官方"
`;

describe("person fields", () => {
  it("reads a full file, every nested list normalised", () => {
    const { fields, extra, problems } = parse(FULL);
    expect(problems).toEqual([]);
    expect(extra).toEqual({});
    expect(fields).toEqual({
      name_zh: "黃仁勳",
      name_en: "Jensen Huang",
      name_full_en: "Jen-Hsun Huang",
      nickname: "皮衣教主、老黃",
      photo: "/images/people/jensen-huang.jpg",
      photo_alt: "黃仁勳在 COMPUTEX 演講",
      photo_credit: "NVIDIA",
      photo_source: "https://nvidianews.nvidia.com/",
      nationality: "美國",
      birth_year: "1963",
      birth_place: "台灣台南",
      residence: "美國加州",
      current_position: "創辦人暨執行長",
      current_organization: "NVIDIA",
      current_org_slug: "nvidia",
      description_short: "NVIDIA 共同創辦人，帶領 GPU 成為 AI 運算基礎。",
      description_long: "1993 年與友人共同創辦 NVIDIA。\n\n> 「加速運算是下一個時代。」",
      person_type: ["企業家", "工程師"],
      importance_level: "5",
      ai_domains: ["AI 晶片", "加速運算"],
      ai_impact_areas: ["資料中心", "生成式 AI"],
      key_contributions: [{ title: "CUDA 平台", description: "讓 GPU 成為通用運算平台", year: "2006" }],
      representative_works: [
        { title: "GTC 2024 主題演講", type: "演講", year: "2024", description: "發表 Blackwell 架構", url: "https://www.nvidia.com/gtc/keynote/" },
      ],
      awards: [
        {
          name: "IEEE 榮譽獎章",
          year: "2026",
          issuer: "IEEE",
          category: "工程",
          significance: "表彰對加速運算的貢獻",
          citation: "For leadership in accelerated computing",
          shared_with: ["—"],
        },
      ],
      education: [
        { institution: "國立臺灣大學", institution_en: "National Taiwan University" },
        { institution: "史丹佛大學", institution_en: "Stanford University", degree: "碩士", field: "電機工程", years: "1992" },
      ],
      career_history: [
        { organization: "NVIDIA", organization_en: "NVIDIA", position: "執行長", years: "1993–", org_slug: "nvidia", description: "共同創辦並帶領公司", highlight: true },
        { organization: "LSI Logic", position: "工程師", years: "1985-1993" },
      ],
      mentors: [{ name: "Morris Chang", relation: "合作夥伴", people_slug: "morris-chang", note: "長期合作" }],
      notable_students: [{ name: "王小明", people_slug: "wang-xiao-ming", current_role: "研究員", achievement: "GPU 架構" }],
      publications: [
        { title: "Accelerated Computing", year: "2020", venue: "Keynote", coauthors: ["A. Author", "B. Author"], citations: "120", significance: "重要演講" },
      ],
      founded_companies: [{ name: "NVIDIA", year: "1993", role: "共同創辦人", outcome: "上市", company_slug: "nvidia", description: "GPU 公司" }],
      notable_quotes: [{ quote: "你要跑，不要走。", context: "臺大畢業典禮演講", date: "2023-05-27", source: "臺灣大學" }],
      related_people: [{ slug: "morris-chang" }, { slug: "lisa-su" }],
      related_companies: [
        { slug: "nvidia", relation: "創辦" },
        { slug: "tsmc", relation: "供應商" },
      ],
      social: { linkedin: "https://www.linkedin.com/in/jenhsunhuang", wikipedia: "https://zh.wikipedia.org/wiki/黃仁勳" },
      resources: [
        { title: "NVIDIA 官方簡介", url: "https://www.nvidia.com/en-us/about-nvidia/board-of-directors/jensen-huang/", type: "官方" },
      ],
    });
  });

  it("leaves out every empty field of a template file", () => {
    const { fields, extra, problems } = parse(`
name_zh: "陳怡君"
name_en: ""
nickname: null
photo: ""
birth_year:
person_type: []
key_contributions:
  - title: ""
    description: ""
    year: ""
awards: [{ name: "", year: "", shared_with: [] }]
career_history:
  - organization: ""
    highlight: false
related_people: []
related_companies: [{ slug: "", relation: "" }]
social: { personal_website: "", twitter: "", linkedin: "", github: "", google_scholar: "", wikipedia: "" }
# education:
#   - institution: ""
resources: []
`);
    expect(problems).toEqual([]);
    expect(extra).toEqual({});
    expect(fields).toEqual({ name_zh: "陳怡君" });
  });

  it("folds variant names and forms: birthplace, slug lists and objects, bare strings, numbers", () => {
    const { fields, problems } = parse(`
english_name: "Fei-Fei Li"
birthplace: "中國北京"
birth_year: 1976
nationality: ["美國", "中國"]
person_type: "學者"
ai_domains: 2
related_people: "andrew-ng"
related_companies:
  - world-labs
  - slug: google
    relation: "前雇主"
  - google
awards: "IEEE 傑出貢獻獎"
education:
  institution: "普林斯頓大學"
  years: 1999
mentors:
  - name: "Pietro Perona"
    slug: pietro-perona
founded_companies: [{ name: "World Labs", slug: world-labs }]
career_history:
  - organization: "Stanford"
    highlight: "yes"
social:
  x: "@drfeifei"
  website: "profiles.stanford.edu/fei-fei-li"
  github: "@feifeili"
resources: ["https://hai.stanford.edu/"]
`);
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      name_en: "Fei-Fei Li",
      birth_place: "中國北京",
      birth_year: "1976",
      nationality: "美國、中國",
      person_type: ["學者"],
      ai_domains: ["2"],
      related_people: [{ slug: "andrew-ng" }],
      related_companies: [{ slug: "world-labs" }, { slug: "google", relation: "前雇主" }],
      awards: [{ name: "IEEE 傑出貢獻獎" }],
      education: [{ institution: "普林斯頓大學", years: "1999" }],
      mentors: [{ name: "Pietro Perona", people_slug: "pietro-perona" }],
      founded_companies: [{ name: "World Labs", company_slug: "world-labs" }],
      career_history: [{ organization: "Stanford", highlight: true }],
      social: { twitter: "https://x.com/drfeifei", personal_website: "https://profiles.stanford.edu/fei-fei-li", github: "https://github.com/feifeili" },
      resources: [{ url: "https://hai.stanford.edu/" }],
    });
  });

  it("reports bad values with the field's path", () => {
    const { fields, problems } = parse(`
birthplace: "台北"
birth_place: "新北"
photo: "images/me.jpg"
related_people:
  - relation: "師生"
  - slug: "yann lecun"
  - { slug: hinton, role: "導師" }
representative_works:
  - title: "x"
    url: "javascript:alert(document.cookie)"
career_history:
  - organization: "Google"
    highlight: "首位"
  - [a, b]
social: "https://x.com/someone"
`);
    expect(problems.map((p) => [p.severity, p.field, p.problem.message])).toEqual([
      ["warning", "birthplace", "is another name for birth_place, which is also given; this one is not used"],
      ["error", "photo", '"images/me.jpg" is neither a path on this site nor an http(s) address'],
      ["warning", "related_people.0", "has no slug; it is not shown"],
      ["error", "related_people.1.slug", '"yann lecun" is not a slug, so it cannot link to an entry'],
      ["warning", "related_people", 'has "role", which is not one of its fields; it is not shown'],
      ["error", "representative_works.0.url", '"javascript:alert(document.cookie)" is not an http(s) address; it would be a link, so only http(s) is allowed'],
      ["warning", "career_history.0.highlight", "is text, not true or false; it is not shown"],
      ["warning", "career_history.1", "is a list, not an item with fields; it is not shown"],
      ["warning", "social", "is text, not a set of fields; it is not shown"],
    ]);
    expect(problems[2].problem.hint).toBe('write each item as a slug, or as { slug: openai, relation: "投資方" }');
    expect(problems[4].problem.hint).toBe("check the spelling; its fields are slug, relation");
    expect(problems[8].problem.hint).toBe('write its fields on the lines below it, e.g. social: { twitter: "https://x.com/openai" }');
    expect(fields).toEqual({
      birth_place: "新北",
      related_people: [{ slug: "hinton" }],
      representative_works: [{ title: "x" }],
      career_history: [{ organization: "Google" }],
    });
  });

  it("exports the normalised types", () => {
    expectTypeOf<PersonFields["related_people"]>().toEqualTypeOf<EntityRef[] | undefined>();
    expectTypeOf<NonNullable<PersonFields["career_history"]>[number]["highlight"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<NonNullable<PersonFields["awards"]>[number]["shared_with"]>().toEqualTypeOf<string[] | undefined>();
  });
});
