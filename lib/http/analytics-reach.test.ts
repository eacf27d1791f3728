/**
 * The reachability answer the loader asks for: a real probe against a real local server
 * (and a closed port), and the cache with a stand-in clock and probe.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyticsReachBody, createReach, probeOrigin } from "./analytics-reach";

let server: Server;
let origin: string;
let closedOrigin: string;

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(404).end()).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago: nothing listens there.
  const spare = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => spare.once("listening", r));
  closedOrigin = `http://127.0.0.1:${(spare.address() as AddressInfo).port}`;
  await new Promise((r) => spare.close(r));
});
afterAll(() => new Promise((r) => server.close(r)));

describe("probeOrigin", () => {
  it("any HTTP answer, even 404, is reachable", async () => {
    expect(await probeOrigin(origin)).toBe(true);
  });
  it("a refused connection or an unresolvable name is not, and does not throw", async () => {
    expect(await probeOrigin(closedOrigin)).toBe(false);
    expect(await probeOrigin("https://analytics.invalid")).toBe(false);
  });
  it("gives up after its timeout", async () => {
    const silent = createServer(() => {}).listen(0, "127.0.0.1");
    await new Promise((r) => silent.once("listening", r));
    const started = Date.now();
    expect(await probeOrigin(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, 200)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
  });
});

describe("createReach", () => {
  function counting(answers: Record<string, boolean>) {
    const calls: string[] = [];
    const probe = async (o: string) => {
      calls.push(o);
      if (!(o in answers)) throw new Error("probe broke");
      return answers[o];
    };
    return { calls, probe };
  }

  it("keeps the reachable origins in order, probing each once within the TTL", async () => {
    let t = 0;
    const { calls, probe } = counting({ a: true, b: false, c: true });
    const reach = createReach({ probe, now: () => t, ttlMs: 1000 });
    expect(await reach(["a", "b", "c"])).toEqual(["a", "c"]);
    t = 999;
    expect(await reach(["c", "a", "b"])).toEqual(["c", "a"]);
    expect(calls).toEqual(["a", "b", "c"]);
  });

  it("serves a stale answer at once and refreshes it behind", async () => {
    let t = 0;
    const answers = { a: true };
    const { calls, probe } = counting(answers);
    const reach = createReach({ probe, now: () => t, ttlMs: 1000 });
    expect(await reach(["a"])).toEqual(["a"]);
    answers.a = false;
    t = 1000;
    expect(await reach(["a"])).toEqual(["a"]);
    await new Promise((r) => setTimeout(r, 0));
    expect(await reach(["a"])).toEqual([]);
    expect(calls).toEqual(["a", "a"]);
  });

  it("shares one probe between concurrent first requests", async () => {
    const { calls, probe } = counting({ a: true });
    const reach = createReach({ probe });
    expect(await Promise.all([reach(["a"]), reach(["a"])])).toEqual([["a"], ["a"]]);
    expect(calls).toEqual(["a"]);
  });

  it("a probe that throws counts as unreachable", async () => {
    const { probe } = counting({});
    expect(await createReach({ probe })(["x"])).toEqual([]);
  });
});

describe("analyticsReachBody", () => {
  it("nothing configured: nothing reachable, nothing probed", async () => {
    const { calls, probe } = { calls: [] as string[], probe: async (o: string) => (calls.push(o), true) };
    expect(await analyticsReachBody({}, createReach({ probe }))).toEqual({ reachable: [] });
    expect(calls).toEqual([]);
  });

  it("probes the configured provider's script origin, and answers [] when it cannot be reached", async () => {
    const seen: string[] = [];
    const up = createReach({ probe: async (o) => (seen.push(o), true) });
    expect(await analyticsReachBody({ googleAnalytics: "G-ABC123XYZ" }, up)).toEqual({ reachable: ["https://www.googletagmanager.com"] });
    expect(seen).toEqual(["https://www.googletagmanager.com"]);
    const down = createReach({ probe: async () => false });
    expect(await analyticsReachBody({ umami: { websiteId: "x", src: "https://stats.example.org/script.js" } }, down)).toEqual({ reachable: [] });
  });

  it("never throws, even when the check itself does", async () => {
    const broken = async () => {
      throw new Error("boom");
    };
    expect(await analyticsReachBody({ googleAnalytics: "G-ABC123XYZ" }, broken)).toEqual({ reachable: [] });
  });
});
