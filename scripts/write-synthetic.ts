/**
 * Writes N synthetic posts (scripts/synthetic-posts.ts) to a folder, for volume
 * builds: `npx tsx scripts/write-synthetic.ts 1000 /tmp/blog-1000/posts`, then
 * `CONTENT_DIR=/tmp/blog-1000 NEXT_DIST_DIR=.next-1000 npx next build`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { syntheticPosts } from "./synthetic-posts";

const [countArg, outArg] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count <= 0 || !outArg) {
  console.error("usage: tsx scripts/write-synthetic.ts <count> <posts folder>");
  process.exit(2);
}
const out = path.resolve(outArg);
mkdirSync(out, { recursive: true });
for (const post of syntheticPosts({ count, tagPool: 1200 })) writeFileSync(path.join(out, post.fileName), post.source);
console.log(`${count} synthetic posts in ${out}`);
