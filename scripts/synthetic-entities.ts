/**
 * Synthetic entity files shaped like the real site's companies, people and events, for
 * e2e fixtures and benchmarks; deterministic for a given seed (and `now`).
 *
 *   syntheticEntities({ organizations: 800, people: 40, events: 40, seed: 7, postSlugs })
 *   -> [{ path: "companies/nova-mind.md", source, section, kind, slug, title, posts }, ...]
 *
 * - companies/: about 80% fill only title, name_en, country, category_primary, status and
 *   website (half of those leave the rest of the template in the file, empty: "", [],
 *   null, commented-out blocks); about 15% fill more; about 5% fill every field and
 *   every nested list, with a Markdown body.
 * - people/: rich nested lists (career, education, awards, publications...), linking to
 *   the companies and to each other; a few are mostly-empty templates.
 * - events/: one-day, timed and multi-day events, some crossing a month or a year; about
 *   40% before `now`, 40% after it, 20% in other years; a few only give the month.
 * - each folder has an _index.md giving the section its title and kind.
 * Variant forms the schema folds are mixed in (english_name, birthplace, start_date,
 * slug lists and {slug, relation} items, bare strings for lists, numbers for text,
 * @handles, comma-string tags, a 19-digit number), none of them a problem: every file
 * reads without errors or warnings (scripts/synthetic-entities.test.ts).
 *
 * `postSlugs`: posts the entities relate to. Each entry lists some in `posts` (richer
 * bodies also link to them); `relatedByPost(files)` turns that into each post's
 * related_companies and related_people, so the posts can point at the entities.
 */
import { postHref } from "../lib/http/routes";

export interface SyntheticEntityOptions {
  organizations?: number;
  people?: number;
  events?: number;
  seed?: number;
  /** Today, for past and upcoming events; default 2026-01-27T12:00:00+08:00. */
  now?: Date;
  postSlugs?: readonly string[];
}

export interface SyntheticEntityFile {
  /** Under the content folder: companies/nova-mind.md, people/_index.md. */
  path: string;
  source: string;
  section: "companies" | "people" | "events";
  kind: "organization" | "person" | "event";
  /** "_index" for a section's own page. */
  slug: string;
  title: string;
  /** Post slugs this entry relates to (from `postSlugs`). */
  posts: string[];
}

// --- YAML, written by hand so the variant forms are exactly as an author types them ---

/** Written as is, unquoted: a date, a big number. */
class Raw {
  constructor(readonly text: string) {}
}
const raw = (text: string) => new Raw(text);
type Y = string | number | boolean | null | Raw | Y[] | { [key: string]: Y | undefined };
const isMap = (v: Y | undefined): v is { [key: string]: Y | undefined } => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Raw);

function scalar(v: Y): string {
  if (v instanceof Raw) return v.text;
  if (v === null) return "";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function yamlLines(key: string, v: Y | undefined, indent: string): string[] {
  if (v === undefined) return [];
  if (typeof v === "string" && v.includes("\n")) return [`${indent}${key}: |`, ...v.split("\n").map((l) => (l ? `${indent}  ${l}` : ""))];
  if (Array.isArray(v) && v.some((x) => isMap(x) || Array.isArray(x))) {
    const out = [`${indent}${key}:`];
    for (const item of v) {
      const inner = isMap(item) ? Object.entries(item).flatMap(([k, x]) => yamlLines(k, x, `${indent}    `)) : [`${indent}    ${scalar(item)}`];
      out.push(...inner.map((l, i) => (i === 0 ? `${indent}  - ${l.slice(indent.length + 4)}` : l)));
    }
    return out;
  }
  if (Array.isArray(v)) return [`${indent}${key}: [${v.map(scalar).join(", ")}]`];
  if (isMap(v)) return [`${indent}${key}:`, ...Object.entries(v).flatMap(([k, x]) => yamlLines(k, x, `${indent}  `))];
  return [`${indent}${key}:${v === null ? "" : ` ${scalar(v)}`}`];
}

function file(fields: Record<string, Y | undefined>, comments: string[] = [], body = ""): string {
  const lines = Object.entries(fields).flatMap(([k, v]) => yamlLines(k, v, ""));
  return ["---", ...lines, ...comments, "---", "", body].join("\n");
}

// --- deterministic choices ----------------------------------------------------------

function random(seed: number) {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const pool = [...list];
    const out: T[] = [];
    for (let n = int(Math.min(min, pool.length), Math.min(max, pool.length)); n > 0; n--) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  const shuffle = <T>(list: readonly T[]): T[] => some(list, list.length, list.length);
  return { next, int, pick, some, shuffle, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const EN_HEAD = ["Nova", "Deep", "Quanta", "Hyper", "Astra", "Lumen", "Vertex", "Cortex", "Synth", "Aether", "Helix", "Orbit", "Pixel", "Tensor", "Nimbus", "Ember", "Atlas", "Zenith", "Kite", "Terra", "Echo", "Flux", "Formosa", "Jade", "Lotus"];
const EN_MID = ["", "gen", "ware", "ium", "ex", "ara"];
const EN_TAIL = ["Mind", "Labs", "AI", "Robotics", "Semi", "Cloud", "Bio", "Logic", "Works", "Dynamics", "Vision", "Data", "Systems", "Compute", "Health"];
const ZH_HEAD = ["星河", "深度", "量子", "雲端", "智慧", "光譜", "極光", "天璣", "鴻圖", "晶創", "未來", "聯合", "新竹", "福爾摩沙", "玉山"];
const ZH_TAIL = ["智算", "科技", "半導體", "機器人", "生技", "資訊", "數據", "智能", "電子", "雲端"];
const CATEGORIES = ["生成式 AI", "AI 晶片", "半導體", "雲端運算", "機器人", "自駕車", "資安", "醫療 AI", "金融科技", "企業軟體", "開發者工具", "教育科技"];
const TAGS = ["大型語言模型", "AI Agent", "開源模型", "GPU", "推論", "邊緣運算", "資料中心", "先進封裝", "SaaS", "電腦視覺", "語音辨識", "多模態"];
const PLACES: Record<string, string[]> = {
  美國: ["舊金山", "紐約", "西雅圖", "波士頓", "奧斯汀"],
  台灣: ["台北市", "新竹市", "台中市", "台南市", "高雄市"],
  中國: ["北京", "上海", "深圳", "杭州"],
  日本: ["東京", "大阪"],
  南韓: ["首爾"],
  英國: ["倫敦"],
  法國: ["巴黎"],
  德國: ["柏林", "慕尼黑"],
  以色列: ["特拉維夫"],
  加拿大: ["多倫多", "蒙特婁"],
  新加坡: ["新加坡"],
};
const COUNTRIES = Object.keys(PLACES);
const ROUNDS = ["種子輪", "Pre-A", "Series A", "Series B", "Series C", "Series D", "策略投資"];
const INVESTORS = ["紅杉資本", "Andreessen Horowitz", "國發基金", "中華開發資本", "軟銀願景基金", "Y Combinator", "台杉投資", "Lightspeed", "創新工場", "Accel"];
const SURNAMES: [string, string][] = [["陳", "Chen"], ["林", "Lin"], ["黃", "Huang"], ["張", "Chang"], ["李", "Lee"], ["王", "Wang"], ["吳", "Wu"], ["劉", "Liu"], ["蔡", "Tsai"], ["楊", "Yang"], ["許", "Hsu"], ["鄭", "Cheng"]];
const GIVEN: [string, string][] = [["志明", "Chih-Ming"], ["怡君", "Yi-Chun"], ["家豪", "Chia-Hao"], ["雅婷", "Ya-Ting"], ["冠宇", "Kuan-Yu"], ["詩涵", "Shih-Han"], ["承翰", "Cheng-Han"], ["宜蓁", "Yi-Chen"], ["建宏", "Chien-Hung"], ["佩珊", "Pei-Shan"]];
const SCHOOLS: [string, string][] = [["國立臺灣大學", "National Taiwan University"], ["國立清華大學", "National Tsing Hua University"], ["國立陽明交通大學", "National Yang Ming Chiao Tung University"], ["史丹佛大學", "Stanford University"], ["麻省理工學院", "MIT"], ["卡內基美隆大學", "Carnegie Mellon University"], ["加州大學柏克萊分校", "UC Berkeley"]];
const FIELDS_OF_STUDY = ["資訊工程", "電機工程", "應用數學", "認知科學", "統計學"];
const POSITIONS = ["執行長", "技術長", "首席科學家", "研究副總", "共同創辦人", "資深研究員", "產品長"];
const AWARDS = ["圖靈獎", "IEEE 院士", "中研院院士", "總統科學獎", "NeurIPS 最佳論文獎", "ACM 院士"];
const VENUES = ["NeurIPS", "ICML", "CVPR", "ACL", "ICLR", "Nature"];
const EVENT_TOPICS = [["生成式 AI", "genai"], ["AI 晶片", "ai-chip"], ["機器人", "robotics"], ["資安", "security"], ["醫療 AI", "health-ai"], ["雲端", "cloud"], ["開源模型", "open-models"]] as const;
const EVENT_TYPES = [["論壇", "forum"], ["研討會", "conference"], ["黑客松", "hackathon"], ["展覽", "expo"], ["工作坊", "workshop"], ["年會", "summit"]] as const;
const EVENT_VENUES = [
  { city: "台北市", city_en: "taipei", country: "台灣", region: "亞洲", name: "南港展覽館", address: "台北市南港區經貿二路 1 號", lat: 25.0553, lng: 121.6175 },
  { city: "台北市", city_en: "taipei", country: "台灣", region: "亞洲", name: "台北國際會議中心", address: "台北市信義區信義路五段 1 號", lat: 25.0335, lng: 121.5608 },
  { city: "新竹市", city_en: "hsinchu", country: "台灣", region: "亞洲", name: "新竹科學園區", address: "新竹市東區新安路 2 號", lat: 24.7808, lng: 121.0048 },
  { city: "高雄市", city_en: "kaohsiung", country: "台灣", region: "亞洲", name: "高雄展覽館", address: "高雄市前鎮區成功二路 39 號", lat: 22.6082, lng: 120.2993 },
  { city: "舊金山", city_en: "sf", country: "美國", region: "北美", name: "Moscone Center", address: "747 Howard St, San Francisco", lat: 37.7842, lng: -122.4016 },
  { city: "東京", city_en: "tokyo", country: "日本", region: "亞洲", name: "東京國際展示場", address: "東京都江東區有明 3-11-1", lat: 35.6298, lng: 139.7941 },
];
const WORDS = ["模型", "推論", "晶片", "平台", "資料", "企業", "開發者", "應用", "基礎設施", "研究", "產品", "市場"];

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const DAY = 86_400_000;

function sentence(r: Random, words: number): string {
  return `${Array.from({ length: words }, () => r.pick(WORDS)).join("")}。`;
}

function relatedPosts(r: Random, postSlugs: readonly string[], min: number, max: number): string[] {
  return postSlugs.length ? r.some(postSlugs, min, max) : [];
}

function reportsBody(posts: string[]): string {
  return posts.length ? ["## 相關報導", "", ...posts.map((p, i) => `- [相關報導 ${i + 1}](${postHref(p)})`), ""].join("\n") : "";
}

/** A list of refs as slugs, as {slug, relation} items, or as one bare slug. */
function refs(r: Random, slugs: string[], relations: readonly string[]): Y {
  if (slugs.length === 1 && r.chance(0.3)) return slugs[0];
  if (r.chance(0.5)) return slugs;
  return slugs.map((slug) => (r.chance(0.7) ? { slug, relation: r.pick(relations) } : slug));
}

interface Names {
  orgs: { slug: string; en: string; zh: string }[];
  people: { slug: string; en: string; zh: string }[];
}

function names(r: Random, organizations: number, people: number): Names {
  const combos = r.shuffle(EN_HEAD.flatMap((h) => EN_MID.flatMap((m) => EN_TAIL.map((t) => `${h}${m} ${t}`))));
  const orgs = Array.from({ length: organizations }, (_, i) => {
    const en = combos[i % combos.length];
    const base = en.toLowerCase().replace(/\s+/g, "-");
    return { en, slug: i < combos.length ? base : `${base}-${i}`, zh: `${ZH_HEAD[i % ZH_HEAD.length]}${ZH_TAIL[Math.floor(i / ZH_HEAD.length) % ZH_TAIL.length]}` };
  });
  const seen = new Set<string>();
  const persons = Array.from({ length: people }, (_, i) => {
    const [zs, es] = SURNAMES[i % SURNAMES.length];
    const [zg, eg] = GIVEN[(i * 7 + Math.floor(i / SURNAMES.length)) % GIVEN.length];
    let slug = `${es}-${eg}`.toLowerCase();
    if (seen.has(slug)) slug = `${slug}-${i}`;
    seen.add(slug);
    return { slug, en: `${eg} ${es}`, zh: `${zs}${zg}` };
  });
  return { orgs, people: persons };
}

// --- organizations -----------------------------------------------------------------

/** The template's fields, left empty as most real files leave them. */
const EMPTY_ORGANIZATION: Record<string, Y> = {
  name_zh: "",
  logo: "",
  founded: null,
  headquarters: "",
  city: "",
  description_short: "",
  description_long: "",
  category_secondary: [],
  tags: [],
  stock_ticker: "",
  latest_valuation: "",
  total_funding: "",
  latest_round: "",
  latest_round_amount: "",
  latest_round_date: "",
  funding_rounds: [{ round: "", date: "", amount: "", lead_investor: "", valuation: "" }],
  investors: [],
  products: [],
  business_model: "",
  target_industries: [],
  founders: [],
  current_ceo: "",
  employee_count: null,
  milestones: [],
  social: { twitter: "", linkedin: "", github: "", crunchbase: "", wikipedia: "", investor_relations: "" },
  taiwan_relevance: "",
  data_sources: [],
  last_updated: "",
};
const COMMENTED_KEY_PEOPLE = ["# key_people:", '#   - name: ""', '#     role: ""', '#     people_slug: ""'];

function status(r: Random): string {
  const x = r.next();
  const s = x < 0.6 ? "private" : x < 0.8 ? "public" : x < 0.92 ? "acquired" : "defunct";
  if (s === "public" && r.chance(0.2)) return "上市";
  return r.chance(0.1) ? s[0].toUpperCase() + s.slice(1) : s;
}

function organization(r: Random, i: number, n: Names, postSlugs: readonly string[]): SyntheticEntityFile {
  const o = n.orgs[i];
  // Exactly 5% full, 15% richer, 80% the few fields most files have.
  const tier = i % 20 === 0 ? "full" : i % 20 <= 3 ? "rich" : "minimal";
  const country = r.pick(COUNTRIES);
  const city = r.pick(PLACES[country]);
  const title = r.chance(0.2) ? o.zh : o.en;
  const category = r.pick(CATEGORIES);
  const f: Record<string, Y | undefined> = {
    title,
    [r.chance(0.15) ? "english_name" : "name_en"]: o.en,
    country,
    category_primary: category,
    status: tier === "full" ? "public" : status(r),
    website: r.chance(0.1) ? `www.${o.slug}.com` : `https://www.${o.slug}.com`,
  };
  const posts = relatedPosts(r, postSlugs, tier === "minimal" ? 0 : 1, tier === "full" ? 4 : tier === "rich" ? 2 : r.chance(0.1) ? 1 : 0);
  if (tier === "minimal") {
    if (i % 2) return entry("companies", "organization", o.slug, title, file({ ...f, ...EMPTY_ORGANIZATION }, COMMENTED_KEY_PEOPLE), posts);
    return entry("companies", "organization", o.slug, title, file(f), posts);
  }
  const founders = r.some(n.people, 1, 2);
  const handle = o.en.replace(/\s+/g, "").slice(0, 15);
  const year = r.int(1995, 2023);
  Object.assign(f, {
    name_zh: r.chance(0.5) || tier === "full" ? o.zh : undefined,
    founded: r.chance(0.7) ? year : `${year}-${pad(r.int(1, 12))}`,
    headquarters: `${country}${city}`,
    city,
    description_short: `${o.en} 是一家專注於${category}的公司，${sentence(r, 4)}`,
    tags: r.chance(0.5) ? r.some(TAGS, 1, 4) : r.some(TAGS, 2, 3).join(", "),
    total_funding: r.chance(0.5) ? `${r.int(1, 90) / 10} 億美元` : r.int(1, 900) * 1_000_000,
    latest_round: r.pick(ROUNDS),
    latest_round_amount: `${r.int(5, 500)} 百萬美元`,
    latest_round_date: r.chance(0.7) ? raw(`${r.int(2021, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`) : `${r.int(2021, 2025)}/${r.int(1, 12)}`,
    founders: r.chance(0.5) ? founders.map((p) => p.zh) : founders.map((p) => ({ name: p.zh, role: "共同創辦人", people_slug: p.slug })),
    investors: r.some(INVESTORS, 1, 4),
    employee_count: r.chance(0.5) ? r.int(10, 5000) : `約 ${r.int(1, 30) * 100} 人`,
    social: { twitter: `@${handle}`, linkedin: `https://www.linkedin.com/company/${o.slug}` },
  });
  if (tier === "rich") return entry("companies", "organization", o.slug, title, file(f), posts);

  const rounds = ROUNDS.slice(0, r.int(2, 5));
  const ceo = founders.at(0);
  Object.assign(f, {
    logo: `/images/companies/${o.slug}.png`,
    description_long: `${o.en}（${o.zh}）成立於 ${year} 年，總部位於${city}。\n\n${sentence(r, 12)}\n\n- ${sentence(r, 5)}\n- ${sentence(r, 5)}`,
    category_secondary: r.some(CATEGORIES, 1, 2),
    stock_ticker: r.chance(0.5) ? `${r.int(1101, 9999)}` : r.int(1101, 9999),
    latest_valuation: `${r.int(10, 900)} 億美元`,
    // Now and then a 19-digit amount (in 新台幣 units, say), which must keep its digits.
    total_funding: i % 40 === 0 ? raw(`1${String(r.int(10 ** 8, 10 ** 9 - 1))}${String(r.int(10 ** 8, 10 ** 9 - 1))}`) : f.total_funding,
    latest_round_amount: r.int(5, 500) * 1_000_000,
    funding_rounds: rounds.map((round, k) => ({
      round,
      date: raw(`${year + k}-${pad(r.int(1, 12))}`),
      amount: `${(k + 1) * r.int(2, 30)} 百萬美元`,
      lead_investor: r.chance(0.3) ? r.some(INVESTORS, 2, 2) : r.pick(INVESTORS),
      valuation: k === rounds.length - 1 ? `${r.int(10, 900)} 億美元` : "",
    })),
    investors: r.some(INVESTORS, 2, 4).map((name) => ({ name, type: r.pick(["創投", "企業", "政府基金", "天使投資人"]) })),
    products: Array.from({ length: r.int(1, 3) }, (_, k) => ({
      name: `${o.en.split(" ")[0]} ${["Studio", "Cloud", "Edge", "Pro"][k]}`,
      description: sentence(r, 6),
      url: `https://www.${o.slug}.com/products/${k + 1}`,
    })),
    business_model: `訂閱制與用量計費。\n\n${sentence(r, 8)}`,
    target_industries: r.some(["製造", "金融", "醫療", "零售", "教育", "政府"], 2, 3),
    current_ceo: ceo?.zh ?? "",
    key_people: r.some(n.people, 1, 3).map((p) => ({ name: p.zh, role: r.pick(POSITIONS), people_slug: p.slug })),
    milestones: Array.from({ length: r.int(2, 4) }, (_, k) => ({ date: raw(`${year + k * 2}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`), event: sentence(r, 5) })),
    social: {
      twitter: `https://x.com/${handle}`,
      linkedin: `https://www.linkedin.com/company/${o.slug}`,
      github: o.slug,
      crunchbase: `https://www.crunchbase.com/organization/${o.slug}`,
      wikipedia: `https://zh.wikipedia.org/wiki/${encodeURIComponent(o.en)}`,
      investor_relations: `https://investors.${o.slug}.com`,
    },
    taiwan_relevance: `與台灣供應鏈的合作：\n\n- ${sentence(r, 4)}\n- ${sentence(r, 4)}`,
    data_sources: ["公司官網", "Crunchbase", `https://www.${o.slug}.com/about`],
    last_updated: raw(`2025-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`),
  });
  const body = [`${o.en} 的${sentence(r, 10)}`, "", reportsBody(posts)].join("\n");
  return entry("companies", "organization", o.slug, title, file(f, [], body), posts);
}

function entry(section: SyntheticEntityFile["section"], kind: SyntheticEntityFile["kind"], slug: string, title: string, source: string, posts: string[]): SyntheticEntityFile {
  return { path: `${section}/${slug}.md`, source, section, kind, slug, title, posts };
}

// --- people ----------------------------------------------------------------------

function person(r: Random, i: number, n: Names, postSlugs: readonly string[]): SyntheticEntityFile {
  const p = n.people[i];
  const others = n.people.filter((q) => q.slug !== p.slug);
  const orgs = r.some(n.orgs, 2, 5);
  const posts = relatedPosts(r, postSlugs, 1, 3);
  const title = r.chance(0.7) ? p.zh : p.en;
  if (i % 10 === 9) {
    // A template barely started: most fields empty, some blocks commented out.
    const source = file(
      { title, name_zh: p.zh, name_en: "", nickname: null, photo: "", birth_year: "", person_type: [], key_contributions: [{ title: "", description: "", year: "" }], related_people: [], social: { twitter: "", github: "" } },
      ["# education:", '#   - institution: ""', '#     degree: ""', "# awards: []"],
    );
    return entry("people", "person", p.slug, title, source, posts);
  }
  const born = r.int(1950, 1995);
  const handle = `${p.en.replace(/[\s-]+/g, "").slice(0, 15)}`;
  const schools = r.some(SCHOOLS, 1, 3);
  const careers = [orgs[0], ...orgs.slice(1, r.int(2, 5))];
  const f: Record<string, Y | undefined> = {
    title,
    name_zh: p.zh,
    [i % 6 === 1 ? "english_name" : "name_en"]: p.en,
    name_full_en: r.chance(0.3) ? `${p.en.split(" ")[0]} J. ${p.en.split(" ")[1]}` : undefined,
    nickname: r.chance(0.3) ? `${p.zh.slice(0, 1)}博士` : undefined,
    photo: `/images/people/${p.slug}.jpg`,
    photo_alt: `${p.zh}的肖像`,
    photo_credit: r.pick(["本站攝影", "官方提供", "Wikimedia Commons"]),
    photo_source: `https://commons.wikimedia.org/wiki/File:${p.slug}.jpg`,
    nationality: r.chance(0.2) ? ["台灣", "美國"] : r.pick(["台灣", "美國", "加拿大", "新加坡"]),
    birth_year: r.chance(0.8) ? born : `約 ${Math.floor(born / 10) * 10}`,
    [i % 4 === 0 ? "birthplace" : "birth_place"]: r.pick(["台北市", "台中市", "高雄市", "香港", "新加坡"]),
    death_year: i % 13 === 5 ? born + r.int(60, 80) : "",
    residence: r.pick(["美國加州", "台北市", "新竹市", "倫敦"]),
    current_position: r.pick(POSITIONS),
    current_organization: orgs[0].en,
    current_org_slug: orgs[0].slug,
    description_short: `${p.zh}，${r.pick(CATEGORIES)}領域的研究者與創業家。`,
    description_long: `${p.zh}（${p.en}）生於 ${born} 年。\n\n${sentence(r, 14)}\n\n> ${sentence(r, 6)}`,
    person_type: r.chance(0.3) ? "研究者" : r.some(["研究者", "企業家", "工程師", "投資人", "教育者"], 1, 3),
    importance_level: r.int(1, 5),
    ai_domains: r.some(["自然語言處理", "電腦視覺", "強化學習", "AI 晶片", "機器人學"], 1, 3),
    ai_impact_areas: r.some(["醫療", "教育", "製造", "金融", "開源社群"], 1, 3),
    key_contributions: Array.from({ length: r.int(1, 3) }, () => ({ title: `${r.pick(WORDS)}${r.pick(WORDS)}方法`, description: sentence(r, 8), year: r.int(born + 25, 2025) })),
    representative_works: Array.from({ length: r.int(1, 3) }, (_, k) => ({
      title: `${r.pick(WORDS)}與${r.pick(WORDS)}`,
      type: r.pick(["論文", "書籍", "開源專案", "演講"]),
      year: r.int(born + 25, 2025),
      description: sentence(r, 6),
      url: `https://example.org/${p.slug}/works/${k + 1}`,
    })),
    awards: r.some(AWARDS, 0, 3).map((name) => ({
      name,
      year: r.int(born + 30, 2025),
      issuer: r.pick(["ACM", "IEEE", "中央研究院", "總統府"]),
      category: r.pick(["學術", "產業", "終身成就"]),
      significance: sentence(r, 5),
      citation: r.chance(0.5) ? "For contributions to machine learning" : "",
      shared_with: r.chance(0.5) && others.length ? r.pick(others).zh : r.some(others, 1, 2).map((q) => q.zh),
    })),
    education: schools.map(([zh, en], k) => ({
      institution: zh,
      institution_en: en,
      degree: ["學士", "碩士", "博士"][k],
      field: r.pick(FIELDS_OF_STUDY),
      years: r.chance(0.5) ? born + 22 + k * 2 : `${born + 18 + k * 4}–${born + 22 + k * 4}`,
      thesis: k === 2 ? `${r.pick(WORDS)}的${r.pick(WORDS)}研究` : "",
    })),
    career_history: careers.map((o, k) => ({
      organization: o.zh,
      organization_en: o.en,
      position: r.pick(POSITIONS),
      years: k === 0 ? `${2015 + r.int(0, 8)}–` : `${2000 + k * 3}–${2003 + k * 3}`,
      org_slug: o.slug,
      description: sentence(r, 6),
      highlight: k === 0,
    })),
    mentors: r.some(others, 0, 2).map((q) => ({ name: q.zh, relation: r.pick(["博士指導教授", "導師"]), [r.chance(0.2) ? "slug" : "people_slug"]: q.slug, note: sentence(r, 4) })),
    notable_students: r.some(others, 0, 2).map((q) => ({ name: q.zh, people_slug: q.slug, current_role: r.pick(POSITIONS), achievement: sentence(r, 4) })),
    publications: Array.from({ length: r.int(1, 4) }, () => ({
      title: `Towards ${r.pick(["Efficient", "Robust", "Scalable", "Multimodal"])} ${r.pick(["Transformers", "Agents", "Inference", "Perception"])}`,
      year: r.int(2005, 2025),
      venue: r.pick(VENUES),
      coauthors: r.some(others, 1, 3).map((q) => q.en),
      citations: r.int(10, 90000),
      significance: r.chance(0.5) ? sentence(r, 5) : "",
    })),
    founded_companies: orgs.slice(0, r.int(0, 2)).map((o) => ({ name: o.en, year: r.int(2005, 2024), role: "共同創辦人", outcome: r.pick(["營運中", "被收購", "已上市"]), company_slug: o.slug, description: sentence(r, 5) })),
    notable_quotes: Array.from({ length: r.int(0, 2) }, () => ({ quote: `「${sentence(r, 6)}」`, context: r.pick(["畢業典禮演講", "媒體專訪", "年度大會"]), date: raw(`${r.int(2018, 2025)}-${pad(r.int(1, 12))}`), source: r.pick(["數位時代", "天下雜誌", "官方部落格"]) })),
    related_people: refs(r, r.some(others, 1, 3).map((q) => q.slug), ["同事", "師生", "共同創辦人"]),
    related_companies: refs(r, orgs.slice(0, r.int(1, 3)).map((o) => o.slug), ["任職", "創辦", "投資"]),
    social: {
      personal_website: r.chance(0.5) ? `https://${p.slug}.example.org` : "",
      twitter: r.chance(0.5) ? `@${handle}` : `https://x.com/${handle}`,
      linkedin: `https://www.linkedin.com/in/${p.slug}`,
      github: r.chance(0.5) ? p.slug : `@${p.slug}`,
      google_scholar: `https://scholar.google.com/citations?user=${p.slug}`,
      wikipedia: r.chance(0.5) ? `https://zh.wikipedia.org/wiki/${p.zh}` : "",
    },
    resources: r.chance(0.3) ? `https://example.org/interviews/${p.slug}` : [{ title: `${p.zh}專訪`, url: `https://example.org/interviews/${p.slug}`, type: "訪談" }],
  };
  const body = [`${p.zh}的${sentence(r, 12)}`, "", reportsBody(posts)].join("\n");
  return entry("people", "person", p.slug, title, file(f, [], body), posts);
}

// --- events ----------------------------------------------------------------------

function event(r: Random, i: number, n: Names, now: Date, postSlugs: readonly string[], slugs: Set<string>): SyntheticEntityFile {
  const venue = r.pick(EVENT_VENUES);
  const [topic, topicSlug] = r.pick(EVENT_TOPICS);
  const [type, typeSlug] = r.pick(EVENT_TYPES);
  // Wall-clock dates in Taipei: before now, after now, or in another year.
  const today = new Date(now.getTime() + 8 * 3600_000);
  const bucket = i % 5;
  let start =
    bucket <= 1
      ? new Date(today.getTime() - r.int(3, 330) * DAY)
      : bucket <= 3
        ? new Date(today.getTime() + r.int(3, 330) * DAY)
        : new Date(Date.UTC(r.pick([2022, 2023, 2024, today.getUTCFullYear() + 2]), r.int(0, 11), r.int(1, 28)));
  const shape = i % 6;
  if (shape === 3) start = new Date(Date.UTC(start.getUTCFullYear(), i % 12 === 3 ? 11 : start.getUTCMonth(), i % 12 === 3 ? 30 : 29));
  const days = shape === 2 || shape === 3 || shape === 5 ? r.int(2, 5) : 1;
  const end = new Date(start.getTime() + (days - 1) * DAY);
  const [startText, endText]: [Y, Y] =
    shape === 1
      ? [raw(`${ymd(start)}T09:30:00+08:00`), raw(`${ymd(start)}T17:00:00+08:00`)]
      : shape === 4 && bucket >= 2
        ? [`${ymd(start).slice(0, 7)}`, ""]
        : shape === 5
          ? [raw(`${ymd(start)}T10:00:00+08:00`), raw(ymd(end))]
          : [raw(ymd(start)), days > 1 ? raw(ymd(end)) : ""];
  const year = start.getUTCFullYear();
  const title = `${year} ${venue.city.replace(/市$/, "")}${/^[A-Za-z]/.test(topic) ? " " : ""}${topic}${type}`;
  let slug = `${year}-${venue.city_en}-${topicSlug}-${typeSlug}`;
  if (slugs.has(slug)) slug = `${slug}-${i}`;
  slugs.add(slug);
  const posts = relatedPosts(r, postSlugs, 0, 2);
  const coordinates = r.next();
  const f: Record<string, Y | undefined> = {
    title,
    description_short: `${venue.name}舉辦的${topic}${type}。`,
    description_long: r.chance(0.6) ? `## 議程\n\n${sentence(r, 10)}\n\n## 報名\n\n${sentence(r, 6)}` : "",
    [i % 7 === 0 ? "start_date" : "date_start"]: startText,
    [i % 7 === 0 ? "end_date" : "date_end"]: endText,
    time_info: shape === 1 ? "09:30–17:00" : days > 1 ? "每日 10:00–18:00" : "",
    region: venue.region,
    country: venue.country,
    city: venue.city,
    venue_name: venue.name,
    venue_address: venue.address,
    venue_coordinates: coordinates < 0.6 ? { lat: venue.lat, lng: venue.lng } : coordinates < 0.8 ? `${venue.lat}, ${venue.lng}` : [venue.lat, venue.lng],
    organizer: r.pick(["外貿協會", "台灣人工智慧學校", "資策會", "科技部", `${r.pick(n.orgs).en}`]),
    organizer_url: `https://organizer.example.org/${i}`,
    official_url: `https://events.example.org/${slug}`,
    activity_type: type,
    tags: r.chance(0.5) ? [topic, type] : `${topic}, ${type}`,
    featured_order: bucket >= 2 && bucket <= 3 && i < 10 ? (i % 5) - 1 : undefined,
    related_companies: refs(r, r.some(n.orgs, 1, 3).map((o) => o.slug), ["主辦", "贊助", "參展"]),
    related_people: n.people.length ? refs(r, r.some(n.people, 1, 2).map((p) => p.slug), ["講者", "主持人"]) : [],
  };
  return entry("events", "event", slug, title, file(f, [], r.chance(0.5) ? `${sentence(r, 10)}\n` : ""), posts);
}

// --- the whole set -----------------------------------------------------------------

const SECTIONS = [
  { section: "companies", kind: "organization", title: "公司資料庫", description: "AI 與科技產業的公司、新創與投資機構。" },
  { section: "people", kind: "person", title: "人物誌", description: "推動 AI 發展的研究者、創業家與工程師。" },
  { section: "events", kind: "event", title: "活動行事曆", description: "科技與 AI 的研討會、論壇、展覽與黑客松。" },
] as const;

export function syntheticEntities(options: SyntheticEntityOptions = {}): SyntheticEntityFile[] {
  const r = random(options.seed ?? 42);
  const now = options.now ?? new Date("2026-01-27T12:00:00+08:00");
  const postSlugs = options.postSlugs ?? [];
  const n = names(r, options.organizations ?? 800, options.people ?? 40);
  const files: SyntheticEntityFile[] = SECTIONS.map(({ section, kind, title, description }) => ({
    path: `${section}/_index.md`,
    source: file({ title, description, kind }, [], `${description}本頁為測試用的合成資料。\n`),
    section,
    kind,
    slug: "_index",
    title,
    posts: [],
  }));
  n.orgs.forEach((_, i) => files.push(organization(r, i, n, postSlugs)));
  n.people.forEach((_, i) => files.push(person(r, i, n, postSlugs)));
  const eventSlugs = new Set<string>();
  for (let i = 0; i < (options.events ?? 40); i++) files.push(event(r, i, n, now, postSlugs, eventSlugs));
  return files;
}

/** Each post's related_companies and related_people, from the entries that list it in `posts`. */
export function relatedByPost(files: readonly SyntheticEntityFile[]): Map<string, { related_companies: string[]; related_people: string[] }> {
  const out = new Map<string, { related_companies: string[]; related_people: string[] }>();
  for (const f of files) {
    if (f.kind === "event" || f.slug === "_index") continue;
    for (const post of f.posts) {
      const rel = out.get(post) ?? { related_companies: [], related_people: [] };
      (f.kind === "organization" ? rel.related_companies : rel.related_people).push(f.slug);
      out.set(post, rel);
    }
  }
  return out;
}
