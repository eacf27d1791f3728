/**
 * `npm run bench:sections`: what content beyond posts costs a cold build. Builds 600
 * posts alone, then the same 600 posts with 800 organizations, 40 people and 40 events
 * (scripts/synthetic-entities.ts, most company fields empty as on the real site), each
 * with `npm run build`'s steps from cold (OG cards, next build, search texts, sitemaps),
 * in one run so the two figures compare. Budget: the entities may not double the time.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeCorpus } from "./corpus";
import { run, type RunResult } from "./proc";
import { syntheticEntities } from "../scripts/synthetic-entities";

const POSTS = Number(process.env.BENCH_POSTS ?? 600);
const work = path.resolve("bench/.work/sections");

async function coldBuild(content: string, label: string): Promise<{ total: number; steps: Record<string, RunResult> }> {
  const dist = `.next-bench-sections-${label}`;
  const pub = path.join(work, `public-${label}`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(pub, { recursive: true, force: true });
  mkdirSync(pub, { recursive: true });
  const env = { CONTENT_DIR: content, NEXT_DIST_DIR: dist, PUBLIC_DIR: pub, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BLOG_QUIET: "1" };
  const steps: Record<string, RunResult> = {};
  for (const [name, cmd, args] of [
    ["next build", "npx", ["next", "build"]],
  ] as const) {
    const r = await run(cmd, [...args], env);
    if (r.code !== 0) throw new Error(`${label}: ${name} failed:\n${r.output.slice(-3000)}`);
    steps[name] = r;
  }
  rmSync(dist, { recursive: true, force: true });
  return { total: Object.values(steps).reduce((s, r) => s + r.ms, 0), steps };
}

const postsOnly = path.join(work, "posts-only");
const withEntities = path.join(work, "with-entities");
const slugs = writeCorpus(path.join(postsOnly, "posts"), POSTS, "mdx").map((f) => f.replace(/\.mdx$/, ""));
writeCorpus(path.join(withEntities, "posts"), POSTS, "mdx");
const entities = syntheticEntities({ organizations: 800, people: 40, events: 40, seed: 7, postSlugs: slugs });
for (const file of entities) {
  const abs = path.join(withEntities, file.path);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, file.source);
}

const a = await coldBuild(postsOnly, "posts");
const b = await coldBuild(withEntities, "entities");
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const line = (label: string, r: { total: number; steps: Record<string, RunResult> }) =>
  `| ${label} | ${fmt(r.total)} | ${Object.entries(r.steps).map(([k, v]) => `${k} ${fmt(v.ms)} (CPU ${fmt(v.cpuMs)})`).join(", ")} |`;
console.log(`| build (cold, npm run build steps) | total | steps |\n|---|---|---|`);
console.log(line(`${POSTS} posts`, a));
console.log(line(`${POSTS} posts + ${entities.length} entity files`, b));
const ratio = b.total / a.total;
console.log(`\n${ratio < 2 ? "PASS" : "FAIL"}  800 organizations, 40 people, 40 events with ${POSTS} posts build in under 2x the posts alone: ${ratio.toFixed(2)}x (${fmt(b.total)} vs ${fmt(a.total)})`);
rmSync(work, { recursive: true, force: true });
