/**
 * `npm run bench:dev-edit`: how long an edit takes to show in `next dev` with 600
 * posts (DEV_EDIT_POSTS) present. Starts next dev on a temp content folder, opens a
 * post and the home page once (first compile), then rewrites the post's title
 * several times and measures from the write to the first response showing it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startDevServer } from "../scripts/dev-server";
import { syntheticPosts } from "../scripts/synthetic-posts";

const COUNT = Number(process.env.DEV_EDIT_POSTS ?? 600);
const ROUNDS = Number(process.env.DEV_EDIT_ROUNDS ?? 5);

const content = mkdtempSync(path.join(tmpdir(), "dev-edit-"));
const posts = path.join(content, "posts");
mkdirSync(posts);
const all = syntheticPosts({ count: COUNT, bodyChars: 1500 });
for (const p of all) writeFileSync(path.join(posts, p.fileName), p.source);
// The newest post, so the home page (newest 20) lists it too.
const dateOf = (src: string) => Date.parse(/^date: "?([^"\n]+)"?$/m.exec(src)?.[1] ?? "");
const target = [...all].sort((a, b) => dateOf(b.source) - dateOf(a.source) || (a.slug < b.slug ? -1 : 1))[0];
const file = path.join(posts, target.fileName);

async function timeUntil(url: string, text: string, since: number): Promise<number> {
  for (;;) {
    const body = await (await fetch(url)).text();
    if (body.includes(text)) return Date.now() - since;
    if (Date.now() - since > 60_000) throw new Error(`${url} never showed "${text}"`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const startedAt = Date.now();
const dev = await startDevServer(content, ".next-dev-bench");
try {
  console.log(`next dev up in ${Date.now() - startedAt} ms with ${COUNT} posts`);
  const postUrl = `${dev.url}/posts/${target.slug}/`;
  let t = Date.now();
  await timeUntil(postUrl, target.title, t);
  console.log(`first post page (compile): ${Date.now() - t} ms`);
  t = Date.now();
  await timeUntil(`${dev.url}/`, "最新文章", t);
  console.log(`first home page (compile): ${Date.now() - t} ms`);

  const postTimes: number[] = [];
  const homeTimes: number[] = [];
  // Each round edits once and watches one page, so neither figure includes the other's render.
  for (let i = 0; i < ROUNDS * 2; i++) {
    const title = `編輯後的標題 ${i} ${Date.now()}`;
    const at = Date.now();
    writeFileSync(file, target.source.replace(/^title: .*$/m, `title: "${title}"`));
    if (i % 2 === 0) postTimes.push(await timeUntil(postUrl, title, at));
    else homeTimes.push(await timeUntil(`${dev.url}/`, title, at));
  }
  console.log(`edit -> post page shows it: median ${median(postTimes)} ms, max ${Math.max(...postTimes)} ms (${postTimes.join(", ")})`);
  console.log(`edit -> home page shows it: median ${median(homeTimes)} ms, max ${Math.max(...homeTimes)} ms (${homeTimes.join(", ")})`);
} finally {
  await dev.stop();
  rmSync(content, { recursive: true, force: true });
}
