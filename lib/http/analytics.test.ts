/**
 * Opt-in analytics: the CSP hosts and the inline loader per provider, and nothing at all
 * by default. The loader runs here against a small stand-in for the browser's window and
 * document, which records what it adds and when.
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { analyticsHosts, loaderScript, type AnalyticsConfig } from "./analytics";
import { contentSecurityPolicy } from "./security-headers";

const GA: AnalyticsConfig = { googleAnalytics: "G-ABC123XYZ" };
const PLAUSIBLE: AnalyticsConfig = { plausible: { domain: "news.example.com", src: "https://plausible.io/js/script.js" } };
const UMAMI: AnalyticsConfig = { umami: { websiteId: "0f0e0d0c-0b0a-4090-8070-605040302010", src: "https://stats.example.org/script.js" } };

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("CSP", () => {
  it("allows no analytics host by default", () => {
    const csp = contentSecurityPolicy(false, [], {});
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'");
    expect(analyticsHosts({})).toEqual({ script: [], connect: [] });
  });

  it("GA4: the tag manager for the script, google-analytics.com (any region) and analytics.google.com for hits", () => {
    const csp = contentSecurityPolicy(false, [], GA);
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' https://www.googletagmanager.com");
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com https://www.googletagmanager.com");
  });

  it("Plausible and Umami: exactly the host of their script", () => {
    expect(directive(contentSecurityPolicy(false, [], PLAUSIBLE), "script-src")).toBe("script-src 'self' 'unsafe-inline' https://plausible.io");
    expect(directive(contentSecurityPolicy(false, [], PLAUSIBLE), "connect-src")).toBe("connect-src 'self' https://plausible.io");
    expect(directive(contentSecurityPolicy(false, [], UMAMI), "script-src")).toBe("script-src 'self' 'unsafe-inline' https://stats.example.org");
    expect(directive(contentSecurityPolicy(false, [], UMAMI), "connect-src")).toBe("connect-src 'self' https://stats.example.org");
  });

  it("keeps dev's additions beside them", () => {
    expect(directive(contentSecurityPolicy(true, [], PLAUSIBLE), "connect-src")).toBe("connect-src 'self' ws: https://plausible.io");
  });
});

interface FakeScript {
  src?: string;
  async?: boolean;
  attrs: Record<string, string>;
  onerror?: () => void;
  setAttribute(k: string, v: string): void;
}

const EVERY_ORIGIN = ["https://www.googletagmanager.com", "https://plausible.io", "https://stats.example.org"];
/** Lets the loader's fetch chain settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

/** Runs the loader; returns what it added, and hooks to fire load and idle. */
function run(code: string, { readyState = "loading", online = true, idle = true, reachable = EVERY_ORIGIN, status = 200 } = {}) {
  const added: FakeScript[] = [];
  const asked: string[] = [];
  const listeners: Record<string, () => void> = {};
  let idleCallback: (() => void) | null = null;
  const timers: (() => void)[] = [];
  const window: Record<string, unknown> = {
    navigator: { onLine: online },
    document: {
      readyState,
      createElement: () => ({ attrs: {}, setAttribute(this: FakeScript, k: string, v: string) { this.attrs[k] = v; } }),
      head: { appendChild: (s: FakeScript) => added.push(s) },
    },
    addEventListener: (name: string, fn: () => void) => (listeners[name] = fn),
    setTimeout: (fn: () => void) => timers.push(fn),
    // The same-origin reachability route: answers the script origins the test names (every one by default).
    fetch: async (url: string) => {
      asked.push(url);
      if (status === 0) throw new TypeError("Failed to fetch");
      return { ok: status === 200, json: async () => ({ reachable }) };
    },
    URL,
  };
  if (idle) window.requestIdleCallback = (fn: () => void) => (idleCallback = fn);
  window.window = window;
  runInNewContext(code, window);
  return {
    added,
    asked,
    window,
    load: () => listeners.load?.(),
    idle: async () => {
      if (idleCallback) idleCallback();
      else timers.forEach((t) => t());
      await settle();
    },
  };
}

describe("the loader", () => {
  it("is nothing by default: no tag, no bytes", () => {
    expect(loaderScript({})).toBeNull();
  });

  it("GA4: sets up gtag at once, adds the tag only after load, an idle moment and the server's word that its host is reachable, and swallows a failed load", async () => {
    const code = loaderScript(GA)!;
    const page = run(code);
    expect(page.added).toEqual([]);
    expect(page.window.dataLayer).toHaveLength(2);
    page.load();
    expect(page.added).toEqual([]);
    expect(page.asked).toEqual([]);
    await page.idle();
    expect(page.asked).toEqual(["/api/analytics-reach/"]);
    expect(page.added).toHaveLength(1);
    expect(page.added[0]).toMatchObject({ src: "https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ", async: true, attrs: {} });
    expect(() => page.added[0].onerror!()).not.toThrow();
  });

  it("Plausible and Umami: their script with its data attribute", async () => {
    const p = run(loaderScript(PLAUSIBLE)!);
    p.load();
    await p.idle();
    expect(p.added.map((s) => [s.src, s.attrs])).toEqual([["https://plausible.io/js/script.js", { "data-domain": "news.example.com" }]]);
    const u = run(loaderScript(UMAMI)!, { idle: false });
    u.load();
    await u.idle();
    expect(u.added.map((s) => [s.src, s.attrs])).toEqual([["https://stats.example.org/script.js", { "data-website-id": "0f0e0d0c-0b0a-4090-8070-605040302010" }]]);
  });

  it("waits only for idle when the page has loaded already", async () => {
    const page = run(loaderScript(PLAUSIBLE)!, { readyState: "complete" });
    await page.idle();
    expect(page.added).toHaveLength(1);
  });

  it("does not try when the browser is offline (no failed request to log)", async () => {
    const page = run(loaderScript(GA)!, { online: false });
    page.load();
    await page.idle();
    expect(page.asked).toEqual([]);
    expect(page.added).toEqual([]);
  });

  it("adds no tag whose host the server cannot reach, nor when the route fails or errs (no failed request to log)", async () => {
    const both = { ...GA, ...UMAMI };
    const some = run(loaderScript(both)!, { readyState: "complete", reachable: ["https://stats.example.org"] });
    await some.idle();
    expect(some.added.map((s) => s.src)).toEqual(["https://stats.example.org/script.js"]);
    for (const options of [{ reachable: [] }, { status: 404 }, { status: 0 }]) {
      const page = run(loaderScript(GA)!, { readyState: "complete", ...options });
      await page.idle();
      expect(page.asked, JSON.stringify(options)).toHaveLength(1);
      expect(page.added, JSON.stringify(options)).toEqual([]);
    }
  });

  it("no configured value can close the inline script", () => {
    const code = loaderScript({ plausible: { domain: "</script><script>alert(1)</script>", src: "https://plausible.io/js/script.js" } })!;
    expect(code).not.toContain("</script");
  });

  it("is small: under 900 bytes for GA4", () => {
    const bytes = Buffer.byteLength(loaderScript(GA)!);
    expect(bytes).toBeLessThan(900);
  });
});
