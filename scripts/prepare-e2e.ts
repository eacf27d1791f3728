/**
 * Lays out the content the e2e suite builds: the real posts, the hand-written
 * fixtures in e2e/fixtures/posts, and generated volume. Writes .e2e-content/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { syntheticPosts } from "./synthetic-posts";

const root = process.cwd();
const out = path.join(root, ".e2e-content", "posts");
rmSync(path.join(root, ".e2e-content"), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const dir of [path.join(root, "content", "posts"), path.join(root, "e2e", "fixtures", "posts")]) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) cpSync(path.join(dir, name), path.join(out, name));
}
// Pages, sections and entries beside the posts.
cpSync(path.join(root, "e2e", "fixtures", "content"), path.join(root, ".e2e-content"), { recursive: true });
// Images the fixture posts use; public/images/e2e/ is git-ignored.
cpSync(path.join(root, "e2e", "fixtures", "public"), path.join(root, "public"), { recursive: true });
// Hugo posts copied byte for byte under another slug: e2e/hugo.spec.ts compares each with its hand-converted MDX.
const hugo = path.join(root, "e2e", "fixtures", "hugo");
for (const name of readdirSync(hugo)) cpSync(path.join(hugo, name), path.join(out, `hugo-copy-${name}`));
// The site's configuration with raw HTML on (markup.unsafeHtml), so e2e/raw-html.spec.ts sees a raw
// iframe become its player; e2e-serve.sh points SITE_CONFIG here. Nothing else in the e2e content has raw HTML.
const config = parseDocument(readFileSync(path.join(root, "site.config.yaml"), "utf8"));
config.setIn(["markup", "unsafeHtml"], true);
writeFileSync(path.join(root, ".e2e-content", "site.config.yaml"), config.toString());
const count = Number(process.env.E2E_SYNTHETIC ?? 170);
for (const post of syntheticPosts({ count, bodyChars: 400 })) writeFileSync(path.join(out, post.fileName), post.source);
console.log(`e2e content: ${readdirSync(out).length} posts in ${path.relative(root, out)}`);
