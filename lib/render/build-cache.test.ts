import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { cacheDir, cachedJson, readCached, readCachedJson, writeCached } from "./build-cache";

beforeEach(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
});

describe("build cache", () => {
  it("misses, then returns what was written", () => {
    expect(readCached("a", "k.txt")).toBeNull();
    writeCached("a", "k.txt", "正文");
    expect(readCached("a", "k.txt")).toBe("正文");
    expect(readdirSync(cacheDir("a"))).toEqual(["k.txt"]);
  });

  it("computes once per key, across calls that share the disk", () => {
    let runs = 0;
    const compute = () => ({ n: ++runs });
    expect(cachedJson("b", "x.json", compute)).toEqual({ n: 1 });
    expect(cachedJson("b", "x.json", compute)).toEqual({ n: 1 });
    expect(cachedJson("b", "y.json", compute)).toEqual({ n: 2 });
    expect(runs).toBe(2);
  });

  it("recomputes over a torn entry instead of failing", () => {
    writeCached("c", "x.json", '{"n":');
    expect(cachedJson("c", "x.json", () => ({ n: 7 }))).toEqual({ n: 7 });
    expect(JSON.parse(readCached("c", "x.json")!)).toEqual({ n: 7 });
  });

  it("keeps only the newest whole-site entry when asked", () => {
    cachedJson("d", "old.json", () => 1, { only: true });
    cachedJson("d", "new.json", () => 2, { only: true });
    expect(readdirSync(cacheDir("d"))).toEqual(["new.json"]);
  });

  it("treats an unwritable cache as a miss, not an error", () => {
    const file = path.join(process.env.BUILD_CACHE_DIR!, "blocked");
    writeFileSync(file, "not a directory");
    process.env.BUILD_CACHE_DIR = file;
    expect(() => writeCached("e", "k", "v")).not.toThrow();
    expect(readCached("e", "k")).toBeNull();
    expect(cachedJson("e", "k", () => 3)).toBe(3);
    expect(existsSync(path.join(file, "e"))).toBe(false);
  });
});

describe("readCachedJson", () => {
  it("returns the value, or null for a missing or torn entry", () => {
    expect(readCachedJson("f", "x.json")).toBeNull();
    writeCached("f", "x.json", '{"code":"c"');
    expect(readCachedJson("f", "x.json")).toBeNull();
    writeCached("f", "x.json", '{"code":"c"}');
    expect(readCachedJson<{ code: string }>("f", "x.json")).toEqual({ code: "c" });
  });
});
