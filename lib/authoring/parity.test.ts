import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkParity, formatParity, hugoHtmlPaths, isPaginationPage, sectionOf } from "./parity";

function hugoPublic(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hugo-public-"));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), "<html></html>");
  }
  return dir;
}

describe("hugoHtmlPaths", () => {
  it("turns each HTML file into the URL a browser requests, encoded, and skips 404.html and other files", () => {
    const dir = hugoPublic(["index.html", "404.html", "posts/a/index.html", "categories/ai-技術前沿/page/1/index.html", "old/youtube.html", "index.xml", "images/x.png"]);
    expect(hugoHtmlPaths(dir)).toEqual(["/", "/categories/ai-%E6%8A%80%E8%A1%93%E5%89%8D%E6%B2%BF/page/1/", "/old/youtube.html", "/posts/a/"]);
  });

  it("groups by first segment and knows pagination pages", () => {
    expect(sectionOf("/")).toBe("/");
    expect(sectionOf("/tags/%E5%BD%B1%E7%89%87/")).toBe("tags");
    expect(isPaginationPage("/tags/x/page/2/")).toBe(true);
    expect(isPaginationPage("/page/12/")).toBe(true);
    expect(isPaginationPage("/page/1/")).toBe(false);
    expect(isPaginationPage("/posts/page-2/")).toBe(false);
  });
});

describe("checkParity against a local server", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = decodeURI(req.url ?? "/");
      if (url === "/old/" || url === "/categories/ai-技術前沿/") {
        res.writeHead(308, { Location: url === "/old/" ? "/posts/a/" : "/categories/ai-tech/" }).end();
      } else if (url === "/loop/") res.writeHead(308, { Location: "/loop/" }).end();
      else if (["/", "/posts/a/", "/categories/ai-tech/", "/posts/page/2/"].includes(url)) res.writeHead(200).end("ok");
      else res.writeHead(404).end("nope");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("counts 200s directly and through redirects, by section", async () => {
    const report = await checkParity(["/", "/posts/a/", "/old/", "/categories/ai-%E6%8A%80%E8%A1%93%E5%89%8D%E6%B2%BF/", "/posts/page/2/"], base);
    expect(report.pass).toBe(true);
    expect(report.ok).toBe(5);
    expect(report.sections.map((s) => [s.section, s.ok, s.total])).toEqual([["/", 1, 1], ["categories", 1, 1], ["old", 1, 1], ["posts", 2, 2]]);
    expect(formatParity(report)).toMatch(/all\s+5\/5 \(100\.0%\)[\s\S]*parity: PASS/);
  });

  it("fails on a miss, lists it with where it ended, and lists pagination past our last page apart", async () => {
    const report = await checkParity(["/", "/gone/", "/loop/", "/posts/page/3/"], base);
    expect(report.pass).toBe(false);
    const posts = report.sections.find((s) => s.section === "posts");
    expect(posts?.misses).toEqual([]);
    expect(posts?.paginationMisses.map((m) => [m.path, m.status])).toEqual([["/posts/page/3/", 404]]);
    const misses = report.sections.flatMap((s) => s.misses);
    expect(misses.map((m) => [m.path, m.status])).toEqual([["/gone/", 404], ["/loop/", 0]]);
    const text = formatParity(report);
    expect(text).toContain("  /gone/: 404");
    expect(text).toMatch(/\/loop\/: no answer .*redirect/i);
    expect(text).toContain("pagination pages past our last page (allowed): 1\n  /posts/page/3/: 404");
    expect(text).toMatch(/parity: FAIL$/);
  });

  it("passes when only pagination pages past our last page miss", async () => {
    const report = await checkParity(["/", "/posts/page/9/"], base);
    expect(report.pass).toBe(true);
    expect(report.ok).toBe(1);
  });
});
