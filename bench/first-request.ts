/**
 * First requests to pages the build did not prerender (issue 19: < 300 ms, later ones as fast
 * as a prerendered page). Each kind is asked of a server process of its own, once it answers
 * /healthz/ (what a deploy waits for before it sends readers), so every figure is the worst
 * case: the first page of its kind the process renders, with nothing else warmed by the bench.
 * `tsx bench/first-request.ts` runs it alone on BENCH_DIST (a built dist dir) and BENCH_CONTENT.
 */
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { waitForHttp } from "../scripts/net";
import { startNpm, stop } from "./pages";

export interface FirstTarget {
  name: string;
  path: string;
  /**
   * A prerendered page of the same kind and about the same size, which its later requests are
   * held to (a 380 kB tag feed is not as fast as a 100 kB post page, prerendered or not); the
   * prerendered post page when the build prerenders none of its kind.
   */
  twin?: { name: string; path: string };
}

export interface FirstResult extends FirstTarget {
  status: number;
  firstMs: number;
  /** Median of `reps` requests after the first, same process. */
  laterMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, { redirect: "manual" });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status, bytes: body.byteLength };
}

/** The long-tail pages of a running server: a tag with a second page (or none), the least used tag, a tag feed, OG cards, a late page of /posts/. */
export async function longTailTargets(origin: string): Promise<{ targets: FirstTarget[]; notes: string[] }> {
  const notes: string[] = [];
  const text = (p: string) => fetch(origin + p).then((r) => r.text());
  const tagsHtml = await text("/tags/");
  // /tags/ lists tags most used first.
  const tags = [...new Set([...tagsHtml.matchAll(/href="(\/tags\/[^"/]+\/)"/g)].map((m) => m[1]))];
  const targets: FirstTarget[] = [];
  const posts = await text("/posts/");
  // The pager says "第 1 / N 頁"; pages 2-3 are prerendered (lib/views/lists.ts PRERENDER), page 9 is what session 5 timed.
  const lastPage = Number(/ <!-- -->(\d+)<!-- --> 頁/.exec(posts)?.[1] ?? 1);
  if (lastPage >= 4) {
    const late = `/posts/page/${Math.min(lastPage, 9)}/`;
    targets.push({ name: "late page of /posts/", path: late, twin: { name: "/posts/page/2/", path: "/posts/page/2/" } });
    // Its posts are older than the ones the prerendered /posts/ pages link to (lib/views/prerender.ts).
    const old = /href="(\/posts\/[^"/]+\/)"/.exec(await text(late))?.[1];
    if (old) targets.push({ name: "older post", path: old });
  }
  else notes.push(`late page of /posts/: n/a (${lastPage} page${lastPage > 1 ? "s" : ""}, all prerendered)`);
  // The first tag whose own page links a page 2: the most used one with more than a page of posts.
  let paged: string | undefined;
  for (const t of tags.slice(0, 5)) {
    if ((await text(t)).includes(`href="${t}page/2/"`)) {
      paged = t;
      break;
    }
  }
  if (paged) targets.push({ name: "tag page 2", path: `${paged}page/2/`, twin: { name: "its page 1", path: paged } });
  else notes.push("tag page 2: n/a (no tag has a second page)");
  const top = tags[0];
  const rare = tags.at(-1);
  if (rare && rare !== top) targets.push({ name: "least used tag", path: rare, twin: { name: "the most used tag", path: top } });
  if (top) targets.push({ name: "tag feed", path: `${top}index.xml`, twin: { name: "the site feed", path: "/index.xml" } });
  const home = await text("/");
  const post = /href="(\/posts\/[^"/]+\/)"/.exec(home)?.[1];
  const ogOf = async (p: string) => /<meta property="og:image" content="https?:\/\/[^/"]+(\/og\/[^"]+)"/.exec(await text(p))?.[1];
  const postOg = post ? await ogOf(post) : undefined;
  if (postOg?.startsWith("/og/posts/")) targets.push({ name: "post's OG card", path: postOg });
  const tagOg = top ? await ogOf(top) : undefined;
  if (tagOg) targets.push({ name: "tag's OG card", path: tagOg });
  return { targets, notes };
}

/** Each target on a fresh `npm start` of `distDir` (port `port`): its first request, then the median of `reps` more. */
export async function firstRequests(distDir: string, contentDir: string, port: number, targets: FirstTarget[], reps = 20, env: Record<string, string> = {}): Promise<FirstResult[]> {
  const origin = `http://127.0.0.1:${port}`;
  const out: FirstResult[] = [];
  for (const t of targets) {
    // Next 16 keeps what it rendered on request here (the build's own pages are in server/app):
    // without it every process is the first to render its target again.
    rmSync(path.join(distDir, "standalone", distDir, "server", "route-cache"), { recursive: true, force: true });
    const server: ChildProcess = startNpm(process.cwd(), port, { NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir, BLOG_QUIET: "1", ...env });
    try {
      await waitForHttp(`${origin}/healthz/`, 60_000, { child: server });
      const first = await timed(origin + t.path);
      const later: number[] = [];
      for (let i = 0; i < reps; i++) later.push((await timed(origin + t.path)).ms);
      out.push({ ...t, status: first.status, firstMs: first.ms, laterMs: median(later) });
    } finally {
      stop(server);
      await new Promise((r) => server.once("exit", r));
    }
  }
  return out;
}

async function main() {
  const distDir = process.env.BENCH_DIST ?? ".next-bench-1000";
  const contentDir = path.resolve(process.env.BENCH_CONTENT ?? "content");
  const port = Number(process.env.BENCH_PORT ?? 3396);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const origin = `http://127.0.0.1:${port}`;
  const probe = startNpm(process.cwd(), port, { NEXT_DIST_DIR: distDir, CONTENT_DIR: contentDir, BLOG_QUIET: "1" });
  let found: Awaited<ReturnType<typeof longTailTargets>>;
  try {
    await waitForHttp(`${origin}/healthz/`, 60_000, { child: probe });
    found = await longTailTargets(origin);
  } finally {
    stop(probe);
    await new Promise((r) => probe.once("exit", r));
  }
  for (const n of found.notes) console.log(n);
  const all = new Map<string, FirstResult[]>();
  for (let r = 0; r < rounds; r++) for (const res of await firstRequests(distDir, contentDir, port, found.targets)) all.set(res.name, [...(all.get(res.name) ?? []), res]);
  for (const [name, rs] of all) {
    console.log(`${name} ${decodeURIComponent(rs[0].path)}: first ${rs.map((x) => x.firstMs.toFixed(0)).join("/")} ms (median ${median(rs.map((x) => x.firstMs)).toFixed(0)}, HTTP ${rs.map((x) => x.status).join("/")}), later ${median(rs.map((x) => x.laterMs)).toFixed(1)} ms`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
