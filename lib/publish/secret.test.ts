import { describe, expect, it } from "vitest";
import { rateLimiter, clientKey } from "./rate-limit";
import { presentedSecret, processSecret, secretMatches } from "./secret";

describe("secretMatches", () => {
  it("accepts only the exact secret", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true);
    expect(secretMatches("s3cret-valuE", "s3cret-value")).toBe(false);
    expect(secretMatches("s3cret", "s3cret-value")).toBe(false);
    expect(secretMatches("s3cret-value-and-more", "s3cret-value")).toBe(false);
  });
  it("never matches a missing or empty secret, even against an unset one", () => {
    expect(secretMatches(null, "x")).toBe(false);
    expect(secretMatches("", "")).toBe(false);
    expect(secretMatches("x", undefined)).toBe(false);
  });
});

describe("presentedSecret", () => {
  const url = (q = "") => new URL(`http://h/api/revalidate/${q}`);
  it("reads a bearer token, else ?secret=", () => {
    expect(presentedSecret(new Headers({ authorization: "Bearer abc" }), url())).toBe("abc");
    expect(presentedSecret(new Headers({ authorization: "bearer  abc " }), url("?secret=q"))).toBe("abc");
    expect(presentedSecret(new Headers(), url("?secret=q%2B1"))).toBe("q+1");
    expect(presentedSecret(new Headers({ authorization: "Basic abc" }), url())).toBeNull();
  });
});

describe("processSecret", () => {
  it("is one long random secret per process", () => {
    expect(processSecret()).toMatch(/^[0-9a-f]{64}$/);
    expect(processSecret()).toBe(processSecret());
  });
});

describe("rateLimiter", () => {
  it("allows `limit` requests a window per key, then 429s until the window slides", () => {
    const rl = rateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([0, 1, 2].map((i) => rl.take("a", t + i).ok)).toEqual([true, true, true]);
    expect(rl.take("a", t + 10)).toEqual({ ok: false, retryAfterS: 60 });
    expect(rl.take("b", t + 10).ok).toBe(true);
    expect(rl.take("a", t + 60_001).ok).toBe(true);
  });
  it("keeps at most maxKeys clients", () => {
    const rl = rateLimiter(1, 60_000, 2);
    rl.take("a", 1);
    rl.take("b", 2);
    rl.take("c", 3);
    // "a" was forgotten, so it has a fresh budget.
    expect(rl.take("a", 4).ok).toBe(true);
    expect(rl.take("c", 5).ok).toBe(false);
  });
  it("keys by X-Real-IP, else the nearest X-Forwarded-For hop", () => {
    expect(clientKey(new Headers({ "x-real-ip": "10.0.0.1", "x-forwarded-for": "1.1.1.1" }))).toBe("10.0.0.1");
    expect(clientKey(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
