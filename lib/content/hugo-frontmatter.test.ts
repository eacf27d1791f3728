/** Front matter as real Hugo blogs write it, read through the content index. */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./errors";
import { loadContentIndex } from "./content-index";
import { postsFolder } from "../test-helpers";

function load(files: Record<string, string | Buffer>) {
  const idx = loadContentIndex({ dir: postsFolder(files), includeDrafts: true, buildFuture: true });
  return { idx, errors: idx.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic), warnings: idx.diagnostics.filter((d) => d.severity === "warning").map(formatDiagnostic) };
}

const iso = (d: Date) => d.toISOString();

describe("Hugo front matter", () => {
  it("reads every date form Hugo posts use", () => {
    const forms: Record<string, [string, string]> = {
      "date-only": ["date: 2022-03-26", "2022-03-25T16:00:00.000Z"],
      quoted: ['date: "2022-03-26T20:46:00+08:00"', "2022-03-26T12:46:00.000Z"],
      "single-quoted": ["date: '2022-03-26'", "2022-03-25T16:00:00.000Z"],
      "space-compact-offset": ["date: 2022-03-26 20:46:00+0800", "2022-03-26T12:46:00.000Z"],
      comment: ["date: 2022-03-26T20:46:00+08:00 # 發布時間", "2022-03-26T12:46:00.000Z"],
      zulu: ["date: 2022-03-26T12:46:00Z", "2022-03-26T12:46:00.000Z"],
      "new-york": ["date: 2022-03-26T08:46:00-04:00", "2022-03-26T12:46:00.000Z"],
      "no-offset": ["date: 2022-03-26T20:46:00", "2022-03-26T12:46:00.000Z"],
      fraction: ["date: 2022-03-26T20:46:00.123+08:00", "2022-03-26T12:46:00.123Z"],
    };
    const files = Object.fromEntries(Object.entries(forms).map(([slug, [line]]) => [`${slug}.md`, `---\ntitle: t\n${line}\n---\n正文\n`]));
    const { idx, errors } = load(files);
    expect(errors).toEqual([]);
    for (const [slug, [, want]] of Object.entries(forms)) expect([slug, iso(idx.bySlug.get(slug)!.date)]).toEqual([slug, want]);
  });

  it("reads TOML +++ front matter with native dates, a BOM and CRLF", () => {
    const toml = [
      "+++",
      'title = "TOML 文章"',
      "date = 2022-03-26T20:46:00+08:00 # a comment",
      "lastmod = 2022-04-01",
      'tags = ["AI", 7688]',
      'categories = ["AI 產業動態"]',
      "draft = false",
      "+++",
      "",
      "正文",
      "",
    ].join("\r\n");
    const { idx, errors } = load({ "toml.md": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toml)]) });
    expect(errors).toEqual([]);
    const p = idx.bySlug.get("toml")!;
    expect(p.title).toBe("TOML 文章");
    expect(iso(p.date)).toBe("2022-03-26T12:46:00.000Z");
    expect(iso(p.updated!)).toBe("2022-03-31T16:00:00.000Z");
    expect(p.tags).toEqual(["AI", "7688"]);
    expect(p.source.bodyLine).toBe(9);
  });

  it("reads TOML local date-times in the site time zone", () => {
    const { idx, errors } = load({ "local.md": '+++\ntitle = "t"\ndate = 2022-03-26T20:46:00\n+++\n正文\n' });
    expect(errors).toEqual([]);
    expect(iso(idx.bySlug.get("local")!.date)).toBe("2022-03-26T12:46:00.000Z");
  });

  it("reads numeric tags as strings (never as numbers) and drops empty tags with a warning", () => {
    const { idx, errors, warnings } = load({
      "tags.md": "---\ntitle: t\ndate: 2022-03-26\ntags: [7688, 2019139174339928189, \"\", AI]\ncategories:\n  - \n  - 新聞\n---\n正文\n",
    });
    expect(errors).toEqual([]);
    const p = idx.bySlug.get("tags")!;
    expect(p.tags).toEqual(["7688", "2019139174339928189", "AI"]);
    expect(p.categories).toEqual(["新聞"]);
    expect(warnings.some((w) => /tags\.md:4 tags: has an empty item/.test(w))).toBe(true);
    expect(warnings.some((w) => /tags\.md:5 categories: has an empty item/.test(w))).toBe(true);
  });

  it("keeps 19-digit tags exact, quoted or not, in YAML and TOML", () => {
    const { idx } = load({
      "big.md": '---\ntitle: t\ndate: 2022-03-26\ntags: ["2019139174339928189", 2019139174339928188]\nseries_order: 3\n---\n正文\n',
      "big-toml.md": '+++\ntitle = "t"\ndate = 2022-03-26\ntags = [2019139174339928189]\nseries_order = 2\n+++\n正文\n',
    });
    expect(idx.bySlug.get("big")!.tags).toEqual(["2019139174339928189", "2019139174339928188"]);
    expect(idx.bySlug.get("big")!.seriesOrder).toBe(3);
    expect(idx.bySlug.get("big-toml")!.tags).toEqual(["2019139174339928189"]);
    expect(idx.bySlug.get("big-toml")!.seriesOrder).toBe(2);
  });

  it("treats +++ and --- inside a code fence in the body as body", () => {
    const body = "正文\n\n```toml\n+++\ntitle = \"x\"\n+++\n```\n\n```yaml\n---\na: 1\n---\n```\n";
    const { idx, errors } = load({ "fence-yaml.md": `---\ntitle: t\ndate: 2022-03-26\n---\n${body}`, "fence-toml.md": `+++\ntitle = "t"\ndate = 2022-03-26\n+++\n${body}` });
    expect(errors).toEqual([]);
    expect(idx.bySlug.get("fence-yaml")!.source.bodyLine).toBe(5);
    expect(idx.bySlug.get("fence-toml")!.title).toBe("t");
    expect(idx.bySlug.get("fence-toml")!.excerpt).toBe("正文");
  });

  it("names the file, field and line of a broken Hugo date", () => {
    const { errors } = load({ "bad.md": "+++\ntitle = \"t\"\ndate = \"2022-13-40\"\n+++\n正文\n" });
    expect(errors).toEqual([expect.stringMatching(/bad\.md:3 date: "2022-13-40" is not a real calendar date/)]);
  });

  it("uses <!--more--> as the end of the excerpt", () => {
    const { idx } = load({ "more.md": "---\ntitle: t\ndate: 2022-03-26\n---\n第一段。\n\n<!--more-->\n\n第二段。\n" });
    expect(idx.bySlug.get("more")!.excerpt).toBe("第一段。");
  });

  it("uses {/* more */} as the end of an MDX post's excerpt", () => {
    const { idx } = load({ "more.mdx": "---\ntitle: t\ndate: 2022-03-26\n---\n第一段。\n\n{/* more */}\n\n第二段。\n" });
    expect(idx.bySlug.get("more")!.excerpt).toBe("第一段。");
    expect(idx.bySlug.get("more")!.hanChars).toBe(6);
  });
});
