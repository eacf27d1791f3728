/**
 * Open Graph card generation for a synthetic site: a cold run (every card) and a
 * warm run (nothing changed). Usage: npx tsx bench/og-images.ts [posts=600]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { syntheticPosts } from "../scripts/synthetic-posts";

const count = Number(process.argv[2] ?? 600);
const work = path.resolve("bench/.work/og");
rmSync(work, { recursive: true, force: true });
const posts = path.join(work, "content", "posts");
mkdirSync(posts, { recursive: true });
for (const p of syntheticPosts({ count, bodyChars: 200 })) writeFileSync(path.join(posts, p.fileName), p.source);
const env = { ...process.env, CONTENT_DIR: path.join(work, "content"), PUBLIC_DIR: path.join(work, "public"), NODE_ENV: "production" as const };
for (const run of ["cold", "warm"]) {
  const started = Date.now();
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/og-images.ts"], { env, encoding: "utf8" });
  console.log(`${run}: ${out.trim()} (process ${Date.now() - started} ms)`);
}
const files = ["posts", "tags", "categories"].map((d) => `${d} ${readdirSync(path.join(work, "public", "og", d)).length}`);
console.log(`${count} posts -> ${files.join(", ")}`);
