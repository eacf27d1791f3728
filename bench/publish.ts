/**
 * `npm run bench:publish`: publish latency on a production server, no rebuild.
 *
 * Starts a server of its own over a copy of the e2e build and content (scripts/publish-server.ts;
 * PUBLISH_DIST_DIR, default .next-e2e: run `npm run e2e:serve` or the e2e suite once first), then
 * PUBLISH_RUNS (default 10) times writes a new post and measures, from the write, until the post
 * answers 200 and appears on `/`, `/posts/` and both its tag pages (a tag every run shares, and
 * a new one). The server's own watcher does the rest. Meanwhile autocannon loads the front page,
 * lists, a tag page, posts and the feed; every response must be 2xx/3xx (0 errors, 0 5xx).
 * Prints the latencies and PASS/FAIL lines (budget: median <= 2 s).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { startPublishServer } from "../scripts/publish-server";

const RUNS = Number(process.env.PUBLISH_RUNS ?? 10);
const BUDGET_MS = 2000;
const SHARED_TAG = "發布測速";
const enc = (tag: string) => `/tags/${encodeURIComponent(tag)}/`;

const server = await startPublishServer({ distDir: process.env.PUBLISH_DIST_DIR ?? ".next-e2e" });
let failed = false;
try {
  const home = await (await fetch(`${server.url}/`)).text();
  const posts = [...new Set([...home.matchAll(/href="(\/posts\/(?!page\/)[^/"]+\/)"/g)].map((m) => m[1]))].slice(0, 10);
  const paths = ["/", "/posts/", "/posts/page/2/", "/index.xml", ...posts];
  const load = autocannon({
    url: server.url,
    connections: 10,
    duration: 3600,
    requests: paths.map((p) => ({ method: "GET" as const, path: p })),
  });

  const latencies: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const slug = `bench-publish-${Date.now().toString(36)}-${i}`;
    const title = `發布測速第 ${i} 篇 ${slug}`;
    const ownTag = `測速批次-${slug}`;
    const text = `---\ntitle: "${title}"\ndate: ${new Date(Date.now() - 60_000).toISOString()}\ntags: ["${SHARED_TAG}", "${ownTag}"]\n---\n\n發布延遲量測的內容。\n`;
    const started = performance.now();
    writeFileSync(path.join(server.contentDir, "posts", `${slug}.mdx`), text);
    const checks: Array<[string, (status: number, body: string) => boolean]> = [
      [`/posts/${slug}/`, (s) => s === 200],
      ["/", (s, b) => s === 200 && b.includes(slug)],
      ["/posts/", (s, b) => s === 200 && b.includes(slug)],
      [enc(SHARED_TAG), (s, b) => s === 200 && b.includes(slug)],
      [enc(ownTag), (s, b) => s === 200 && b.includes(slug)],
    ];
    const pending = new Set(checks.map(([p]) => p));
    while (pending.size) {
      if (performance.now() - started > 30_000) throw new Error(`run ${i}: still not visible after 30 s: ${[...pending].join(", ")}\n${server.output()}`);
      await Promise.all(
        checks
          .filter(([p]) => pending.has(p))
          .map(async ([p, ok]) => {
            const res = await fetch(server.url + p);
            if (ok(res.status, await res.text())) pending.delete(p);
          }),
      );
      if (pending.size) await new Promise((r) => setTimeout(r, 25));
    }
    const ms = performance.now() - started;
    latencies.push(ms);
    console.log(`run ${i}: visible everywhere after ${Math.round(ms)} ms`);
  }
  load.stop();
  const result = await load;
  const sorted = [...latencies].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const fivexx = result["5xx"];
  const fourxx = result["4xx"];
  console.log(`publish latency (write -> post 200 and on /, /posts/, both tag pages), ${RUNS} runs: median ${Math.round(median)} ms, min ${Math.round(sorted[0])} ms, max ${Math.round(sorted[sorted.length - 1])} ms`);
  console.log(`load during the publishes: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, 4xx ${fourxx}, 5xx ${fivexx}`);
  const medianOk = median <= BUDGET_MS;
  const loadOk = result.errors === 0 && result.timeouts === 0 && fivexx === 0 && fourxx === 0;
  console.log(`${medianOk ? "PASS" : "FAIL"} publish median ${Math.round(median)} ms <= ${BUDGET_MS} ms`);
  console.log(`${loadOk ? "PASS" : "FAIL"} load during publishes: 0 errors, 0 5xx (saw ${result.errors} errors, ${fivexx} 5xx, ${fourxx} 4xx)`);
  failed = !medianOk || !loadOk;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
