/**
 * Precompressed build assets: scripts/precompress-assets.mjs writes the copies, and the
 * precompressed-assets preload answers /_next/static/ requests with them through a real Node
 * http server started as the production server is (`--require`), falling back to the server's
 * own answer wherever it cannot serve a copy.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressAssets } from "./precompress-assets.mjs";
import { freePort, waitForHttp } from "./net";

const PRELOAD = path.join(import.meta.dirname, "precompressed-assets.cjs");
const { accepted } = createRequire(import.meta.url)(PRELOAD) as { accepted: (h: unknown) => Set<string> };

const root = mkdtempSync(path.join(tmpdir(), "assets-"));
const staticDir = path.join(root, "static");
const script = `/* 繁體 */ ${"globalThis.x = (globalThis.x || 0) + 1;\n".repeat(400)}`;
const tiny = "a=1";

// Stands in for Next: whatever reaches it answers "next" with the file as is.
const SERVER = `
const http = require("node:http");
http.createServer((req, res) => {
  res.setHeader("X-Answered-By", "next");
  res.end("next:" + req.url);
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string>, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
  mkdirSync(path.join(staticDir, "media"), { recursive: true });
  writeFileSync(path.join(staticDir, "chunks", "app-0a1b.js"), script);
  writeFileSync(path.join(staticDir, "chunks", "tiny.js"), tiny);
  writeFileSync(path.join(staticDir, "chunks", "site.css"), `body{color:red}\n${".c{margin:0}\n".repeat(300)}`);
  writeFileSync(path.join(staticDir, "media", "font.woff2"), Buffer.alloc(4096, 7));
  precompressAssets(staticDir);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--require", PRELOAD, "-e", SERVER], {
    env: { ...process.env, PORT: String(port), STATIC_ASSETS_DIR: staticDir },
    stdio: "ignore",
  });
  await waitForHttp(`${base}/`, 10_000);
});

afterAll(() => {
  child?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe("precompressAssets", () => {
  it("writes a Brotli and a gzip copy of text assets of 1 KB or more, and keeps what is there", () => {
    const js = path.join(staticDir, "chunks", "app-0a1b.js");
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(existsSync(path.join(staticDir, "chunks", "tiny.js.br"))).toBe(false);
    expect(existsSync(path.join(staticDir, "media", "font.woff2.br"))).toBe(false);
    const before = statSync(`${js}.br`).mtimeMs;
    expect(precompressAssets(staticDir)).toBe(0);
    expect(statSync(`${js}.br`).mtimeMs).toBe(before);
  });
});

describe("accepted", () => {
  it("reads Accept-Encoding as browsers send it, with q=0 refusing", () => {
    expect([...accepted("gzip, deflate, br, zstd")]).toEqual(["gzip", "deflate", "br", "zstd"]);
    expect(accepted("br;q=0, gzip;q=0.5").has("br")).toBe(false);
    expect(accepted("BR;q=1").has("br")).toBe(true);
    expect(accepted(undefined).size).toBe(0);
  });
});

describe("the preload", () => {
  const url = () => `${base}/_next/static/chunks/app-0a1b.js`;

  it("sends the Brotli copy to a browser, with the headers Next sends on hashed assets", async () => {
    const r = await get(url(), { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers.vary).toBe("Accept-Encoding");
    expect(Number(r.headers["content-length"])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(brotliDecompressSync(r.body).toString()).toBe(script);
    expect(r.headers["x-answered-by"]).toBeUndefined();
  });

  it("sends gzip to a client without Brotli, and a query string does not hide the file", async () => {
    const r = await get(`${url()}?dpl=abc`, { "accept-encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(r.body).toString()).toBe(script);
    const css = await get(`${base}/_next/static/chunks/site.css`, { "accept-encoding": "br" });
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
  });

  it("answers HEAD with the headers only, and a later If-Modified-Since with 304", async () => {
    const head = await get(url(), { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    const later = await get(url(), { "accept-encoding": "br", "if-modified-since": String(head.headers["last-modified"]) });
    expect(later.status).toBe(304);
    expect(later.body.length).toBe(0);
    const earlier = await get(url(), { "accept-encoding": "br", "if-modified-since": new Date(0).toUTCString() });
    expect(earlier.status).toBe(200);
  });

  it("leaves to the server what it has no copy for or cannot send compressed", async () => {
    const cases: [string, Record<string, string>, string?][] = [
      [url(), {}],
      [url(), { "accept-encoding": "identity" }],
      [url(), { "accept-encoding": "br", range: "bytes=0-9" }],
      [`${base}/_next/static/chunks/tiny.js`, { "accept-encoding": "br" }],
      [`${base}/_next/static/chunks/missing.js`, { "accept-encoding": "br" }],
      [`${base}/_next/static/chunks/app-0a1b.js.br`, { "accept-encoding": "br" }],
      [`${base}/posts/a/`, { "accept-encoding": "br" }],
      [url(), { "accept-encoding": "br" }, "POST"],
    ];
    for (const [u, h, method] of cases) {
      const r = await get(u, h, method);
      expect(r.headers["x-answered-by"], `${method ?? "GET"} ${u} ${JSON.stringify(h)}`).toBe("next");
      expect(r.headers["content-encoding"]).toBeUndefined();
    }
  });
});
