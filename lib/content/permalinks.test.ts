/**
 * Hugo's permalinks against Hugo itself: a small Hugo site (section `post`, CJK and
 * full-width titles, a slug with capitals, a file name with a space, a page
 * bundle, dates near midnight in Taipei) is listed by the real `hugo list all` under each
 * pattern, and our expansion of every post must be the URL Hugo gave it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permalinkProblem } from "../config/permalink-tokens";
import { parsePostFile } from "./parse-post";
import { redirectKey } from "../views/redirects";
import { DEFAULT_PERMALINK, expandPermalink, permalinkInput } from "./permalinks";

const POSTS: Record<string, string> = {
  "first.md": 'title: "AI 企業大戰：OpenAI 急起直追"\ndate: 2024-01-31T23:30:00+08:00',
  "Second File.md": 'title: "Second Post"\nslug: "My-Custom-Slug"\ndate: 2024-03-01T00:10:00+08:00',
  "bundle-post/index.md": 'title: "束包文章"\ndate: 2024-12-31T12:00:00+08:00',
  "leap.md": 'title: "閏年 2 月 29 日"\ndate: 2024-02-29T08:00:00+08:00',
  "c-plus.md": 'title: "C++ 與 Rust / 效能"\ndate: 2023-07-04T01:00:00+08:00',
  "plus-runs.md": 'title: "a + b 與 x++y：a+-b"\ndate: 2023-07-05T01:00:00+08:00',
  "sharp.md": 'title: "Node.js 與 C#"\ndate: 2023-07-06T01:00:00+08:00',
  "sharp-inside.md": 'title: "a#b 的 Q&A 時間：100% 成長"\ndate: 2023-07-07T01:00:00+08:00',
  "Mixed Case File.md": 'title: "ÄÖ é 大小寫"\ndate: 2023-07-08T01:00:00+08:00',
};

const PATTERNS = ["/:year/:month/:day/:slug/", "/:section/:title/", "/:year/:monthname/:filename/", "/:slugorfilename/", "/:yearday/:weekday/:weekdayname/:slug/", "/news/:year/:slugorfilename.html"];

let site: string;
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), "hugo-permalinks-"));
  for (const [file, fm] of Object.entries(POSTS)) {
    mkdirSync(path.dirname(path.join(site, "content", "post", file)), { recursive: true });
    writeFileSync(path.join(site, "content", "post", file), `---\n${fm}\n---\n\n內文。\n`);
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Hugo's URL of each post file (content/post/...), decoded, under `pattern` (none: Hugo's default). */
function hugoUrls(pattern: string | null): Map<string, string> {
  writeFileSync(
    path.join(site, "hugo.toml"),
    `baseURL = "https://example.com/"\ntitle = "t"\ntimeZone = "Asia/Taipei"\n${pattern ? `[permalinks]\n  post = "${pattern}"\n` : ""}${pattern?.endsWith(".html") ? "uglyURLs = false\n" : ""}`,
  );
  const csv = execFileSync("hugo", ["list", "all", "-s", site], { encoding: "utf8" });
  const urls = new Map<string, string>();
  const [header, ...rows] = csv.trim().split("\n");
  const at = header.split(",").indexOf("permalink");
  for (const line of rows) {
    // The titles here have no comma, so a quoted cell (a title with a space) holds none either.
    const cells = line.split(",").map((c) => c.replace(/^"|"$/g, ""));
    // Keyed as lib/views/redirects.ts keys what it answers (`/a.html/` and `/a.html` are one).
    urls.set(cells[0].replace(/^content\/post\//, ""), redirectKey(decodeURIComponent(new URL(cells[at]).pathname)));
  }
  return urls;
}

function ours(pattern: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const file of Object.keys(POSTS)) {
    const abs = path.join(site, "content", "post", file);
    const { post } = parsePostFile(abs, readFileSync(abs));
    const url = expandPermalink(pattern, permalinkInput(post!, "post"), "Asia/Taipei");
    out.set(file, url && redirectKey(url));
  }
  return out;
}

describe("Hugo permalink patterns, expanded as the real hugo does", () => {
  for (const pattern of [...PATTERNS, null]) {
    it(`${pattern ?? "Hugo's default"}`, () => {
      const hugo = hugoUrls(pattern);
      expect(hugo.size).toBe(Object.keys(POSTS).length);
      expect(Object.fromEntries(ours(pattern ?? DEFAULT_PERMALINK))).toEqual(Object.fromEntries(hugo));
    });
  }
});

describe("patterns the configuration refuses", () => {
  it("names the unknown token, a relative pattern and a query", () => {
    expect(permalinkProblem("/:year/:slug/")).toBeNull();
    expect(permalinkProblem("/:year/:author/")).toMatch(/:author/);
    expect(permalinkProblem(":year/:slug/")).toMatch(/start with \//);
    expect(permalinkProblem("/:slug/?x=1")).toMatch(/\?/);
  });
});
