/**
 * The TRACE guard preloaded into the production server: a real Node http server in a
 * child process, started with `--require` as scripts/start.mjs starts Next, whose own
 * handler would throw on TRACE as Next's does.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, rawHttp, waitForHttp } from "./net";

const GUARD = path.join(import.meta.dirname, "http-method-guard.cjs");
const SERVER = `
const http = require("node:http");
http.createServer((req, res) => {
  if (req.method === "TRACE") throw new Error("the app saw TRACE");
  res.end("app " + req.method);
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

const raw = (port: number, method: string) => rawHttp(`http://127.0.0.1:${port}`, method);

let child: ChildProcess;
let port: number;
let stderr = "";

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, ["--require", GUARD, "-e", SERVER], { env: { ...process.env, PORT: String(port) } });
  child.stderr?.on("data", (d) => (stderr += d.toString()));
  await waitForHttp(`http://127.0.0.1:${port}/`, 10_000);
});

afterAll(() => {
  child.kill();
});

describe("http-method-guard", () => {
  it("answers TRACE with 405 and an Allow header before the app sees it", async () => {
    const res = await raw(port, "TRACE");
    expect(res).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(res).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
    expect(res).toMatch(/\r\n\r\n405 Method Not Allowed\n$/);
  });

  it("answers TRACK (a method Node's parser does not know) with 405 too, other unknown methods 400 as before", async () => {
    const res = await raw(port, "TRACK");
    expect(res).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(res).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
    expect(await raw(port, "BREW")).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  });

  it("passes every other method to the app, and nothing is logged", async () => {
    expect(await raw(port, "GET")).toMatch(/\r\n\r\napp GET$/);
    expect(await raw(port, "POST")).toMatch(/\r\n\r\napp POST$/);
    expect(stderr).toBe("");
  });
});
