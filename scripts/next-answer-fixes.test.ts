/**
 * The answer fixes preloaded into the production server: a real Node http server in a child
 * process, started with `--require` as scripts/start.mjs starts Next, answering as Next
 * 16 does for a notFound() rendered on request (its empty shell, by writeHead, chunked or
 * with a Content-Length, gzip or not).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForHttp } from "./net";

const PRELOAD = path.join(import.meta.dirname, "next-answer-fixes.cjs");
const PAGE = '<!DOCTYPE html><html lang="zh-Hant-TW"><body><h1>找不到這個頁面（404）</h1></body></html>';
const SERVER = `
const http = require("node:http");
const zlib = require("node:zlib");
const shell = Buffer.from('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>');
http.createServer((req, res) => {
  const html = { "Content-Type": "text/html; charset=utf-8" };
  if (req.url === "/ok/") return res.end("<html>a page</html>");
  if (req.url === "/old/") { res.statusCode = 308; res.setHeader("location", ["/new/", "/new/"]); return res.end(); }
  if (req.url === "/wrapped/") {
    // As Next's compression does: wraps write/end once more, on top of the preload's.
    const w = res.write, e = res.end;
    res.write = function (c) { return w.call(this, String(c).toUpperCase()); };
    res.end = function (c) { return e.call(this, c === undefined ? c : String(c).toUpperCase()); };
    res.write("first "); res.write("second "); return res.end("third");
  }
  if (req.url === "/missing-sized/") { res.writeHead(404, { ...html, "Content-Length": shell.length }); return res.end(shell); }
  if (req.url === "/missing-gzip/") { res.writeHead(404, { ...html, "Content-Encoding": "gzip" }); const z = zlib.gzipSync(shell); res.write(z.subarray(0, 10)); return res.end(z.subarray(10)); }
  if (req.url === "/missing-other/") { res.statusCode = 404; res.setHeader("Content-Type", "text/html"); return res.end("<!DOCTYPE html><html lang=x><p>own 404</p></html>"); }
  res.statusCode = 404; res.setHeader("Content-Type", "text/html"); res.write(shell.subarray(0, 20)); res.end(shell.subarray(20));
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), "not-found-shell-"));
  mkdirSync(path.join(dist, "server", "app"), { recursive: true });
  writeFileSync(path.join(dist, "server", "app", "_not-found.html"), PAGE);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--require", PRELOAD, "-e", SERVER], { env: { ...process.env, PORT: String(port), NEXT_DIST_DIR: dist } });
  await waitForHttp(`${base}/ok/`, 10_000);
});

afterAll(() => {
  child.kill();
});

describe("next-answer-fixes", () => {
  it("sends a redirect's Location once where Next set it twice", async () => {
    const res = await fetch(base + "/old/", { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/new/");
  });

  it("sends the build's 404 page where Next sent its empty shell, keeping the 404", async () => {
    for (const url of ["/missing-chunked/", "/missing-sized/"]) {
      const res = await fetch(base + url);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(PAGE);
    }
  });

  it("decodes and re-encodes a compressed body", async () => {
    const raw = await fetch(base + "/missing-gzip/", { headers: { "accept-encoding": "gzip" } });
    expect(raw.status).toBe(404);
    expect(await raw.text()).toBe(PAGE);
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      import("node:http").then(({ get }) =>
        get(base + "/missing-gzip/", (r) => {
          const parts: Buffer[] = [];
          r.on("data", (d: Buffer) => parts.push(d)).on("end", () => resolve(Buffer.concat(parts))).on("error", reject);
        }),
      );
    });
    expect(gunzipSync(bytes).toString()).toBe(PAGE);
  });

  it("keeps a wrapper put on top of it (Next's compression) for every write, not only the first", async () => {
    expect(await (await fetch(base + "/wrapped/")).text()).toBe("FIRST SECOND THIRD");
  });

  it("leaves other answers as they are", async () => {
    expect(await (await fetch(base + "/ok/")).text()).toBe("<html>a page</html>");
    const own = await fetch(base + "/missing-other/");
    expect(own.status).toBe(404);
    expect(await own.text()).toContain("own 404");
  });
});
