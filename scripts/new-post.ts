/**
 * npm run new -- "文章標題" [--slug english-words] [--tags a,b] [--category 名稱]
 * Creates content/posts/<yyyymmdd>-<slug>.mdx as a draft (see lib/authoring/scaffold.ts).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { postsDir } from "../lib/content/environment";
import { writeNewPost } from "../lib/authoring/scaffold";

const args = process.argv.slice(2);
const options: Record<string, string> = {};
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const m = /^--(slug|tags|category|dir)(?:=(.*))?$/.exec(args[i]);
  if (m) options[m[1]] = m[2] ?? args[++i] ?? "";
  else positional.push(args[i]);
}
if (positional.length === 0) {
  console.error('用法：npm run new -- "文章標題" [--slug english-words] [--tags a,b] [--category 名稱]');
  process.exit(1);
}

try {
  const dir = options.dir ? path.resolve(options.dir) : postsDir();
  mkdirSync(dir, { recursive: true });
  const post = writeNewPost(dir, {
    title: positional.join(" "),
    slug: options.slug,
    tags: options.tags?.split(/[,，]/),
    category: options.category,
  });
  console.log(`已建立 ${path.relative(process.cwd(), post.path)}（草稿，draft: true）`);
  for (const note of post.notes) console.log(`注意：${note}`);
  console.log(`預覽：npm run dev，然後開 http://localhost:3000/posts/${post.slug}/`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
