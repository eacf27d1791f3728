/**
 * The body-bytes preload: the UTF-8 of a large string a response ends with is encoded once
 * (the same Buffer every time after), and what goes out is always the string's own bytes,
 * through a real Node http server started with the production server's preloads.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForHttp } from "./net";

const PRELOAD = path.join(import.meta.dirname, "body-bytes.cjs");
const FIXES = path.join(import.meta.dirname, "next-answer-fixes.cjs");
const { encoded, knownLength, MIN_CHARS } = createRequire(import.meta.url)(PRELOAD) as {
  encoded: (s: string) => Buffer;
  knownLength: (s: string) => number | undefined;
  MIN_CHARS: number;
};

const page = (n: number) => `<!DOCTYPE html><html lang="zh-Hant-TW"><p>第 ${n} 版：</p>${"繁體中文的段落。".repeat(2000)}</html>`;

// As Next sends a prerendered page: Content-Length from the string, then res.end(string).
const SERVER = `
const http = require("node:http");
const page = ${page.toString()};
let version = 1;
http.createServer((req, res) => {
  if (req.url === "/publish/") { version++; return res.end("ok"); }
  if (req.url === "/small/") return res.end("小");
  if (req.url === "/callback/") { const s = page(version); res.setHeader("Content-Length", Buffer.byteLength(s)); return res.end(s, () => {}); }
  const s = page(version);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(s));
  res.end(s);
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

describe("encoded", () => {
  it("encodes a string once and hands back the same bytes after", () => {
    const s = page(1);
    expect(s.length).toBeGreaterThanOrEqual(MIN_CHARS);
    const first = encoded(s);
    expect(first.equals(Buffer.from(s))).toBe(true);
    expect(encoded(s)).toBe(first);
    // An equal string made anew (a page read again) finds the same bytes; a different one its own.
    expect(encoded(page(1).slice(0))).toBe(first);
    expect(encoded(page(2)).toString()).toBe(page(2));
  });
});

describe("Buffer.byteLength", () => {
  it("answers a kept string's UTF-8 length from its bytes, and counts every other string as Node does", () => {
    const s = page(3);
    expect(knownLength(s)).toBeUndefined();
    const counted = Buffer.byteLength(s);
    expect(counted).toBe(Buffer.from(s).length);
    encoded(s);
    expect(knownLength(s)).toBe(counted);
    expect(Buffer.byteLength(s)).toBe(counted);
    expect(Buffer.byteLength(s, "utf-8")).toBe(counted);
    // Other encodings, small strings and buffers are not the kept bytes' business.
    expect(Buffer.byteLength(s, "utf16le")).toBe(s.length * 2);
    expect(Buffer.byteLength(s, "latin1")).toBe(s.length);
    expect(Buffer.byteLength("小")).toBe(3);
    expect(Buffer.byteLength(Buffer.from(s))).toBe(counted);
  });

  it("does not count a kept string again (Node's own count is not called for it)", async () => {
    // Node's count, wrapped before the preload takes it, tallies the strings it is asked about.
    const script = `
      const real = Buffer.byteLength; let calls = 0;
      Buffer.byteLength = function () { if (typeof arguments[0] === "string" && arguments[0].length > 1000) calls++; return real.apply(this, arguments); };
      const { encoded } = require(${JSON.stringify(PRELOAD)});
      const s = "繁體中文的段落。".repeat(2000);
      Buffer.byteLength(s); const before = calls;
      encoded(s); Buffer.byteLength(s); Buffer.byteLength(s);
      console.log(JSON.stringify({ before, after: calls - before }));`;
    const out = await new Promise<string>((resolve, reject) => {
      const c = spawn(process.execPath, ["-e", script]);
      let text = "";
      c.stdout!.on("data", (b) => (text += b));
      c.stderr!.on("data", (b) => (text += b));
      c.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(text))));
    });
    expect(JSON.parse(out)).toEqual({ before: 1, after: 0 });
  });
});

let child: ChildProcess;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--require", PRELOAD, "--require", FIXES, "-e", SERVER], { env: { ...process.env, PORT: String(port) } });
  await waitForHttp(`${base}/small/`, 10_000);
});

afterAll(() => {
  child.kill();
});

describe("body-bytes in a server", () => {
  it("sends the page Next passed, byte for byte, on every request, and a re-rendered page's new bytes", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(base + "/post/");
      expect(await res.text()).toBe(page(1));
      expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(page(1)));
    }
    await fetch(base + "/publish/");
    expect(await (await fetch(base + "/post/")).text()).toBe(page(2));
  });

  it("keeps small bodies and an end callback working", async () => {
    expect(await (await fetch(base + "/small/")).text()).toBe("小");
    expect(await (await fetch(base + "/callback/")).text()).toBe(page(2));
  });
});
