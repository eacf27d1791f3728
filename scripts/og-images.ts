/**
 * Writes the generated Open Graph cards into public/og/ before `next build`.
 * Incremental: a manifest keyed by each card's content skips unchanged images and
 * removes images whose page is gone, so a rebuild after one edit renders one card.
 * Usage: tsx scripts/og-images.ts   (CONTENT_DIR / PUBLIC_DIR as for the build)
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OG_VERSION, ogJobs } from "../lib/og";
import { loadFonts, renderOgPng } from "../lib/og-image";
import { loadContentIndex, publicDir } from "../lib/posts";

const started = Date.now();
const root = publicDir();
const manifestFile = path.join(root, "og", ".manifest.json");
// Drafts get cards too, so `next dev` previews them; production simply never links them.
const index = loadContentIndex({ includeDrafts: true, buildFuture: true });
const jobs = ogJobs(index.all, loadContentIndex({ includeDrafts: false }).posts);

let previous: Record<string, string> = {};
try {
  previous = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, string>;
} catch {
  // first run
}
const next: Record<string, string> = {};
const todo = jobs.filter((job) => {
  const key = createHash("sha256").update(`${OG_VERSION}\0${JSON.stringify(job.card)}`).digest("hex").slice(0, 16);
  next[job.file] = key;
  return previous[job.file] !== key || !existsSync(path.join(root, job.file));
});

if (todo.length > 0) {
  const fonts = await loadFonts(
    todo.flatMap((j) => [j.card.kicker, j.card.title]),
    todo.flatMap((j) => [j.card.footer, j.card.siteTitle]),
  );
  if (fonts.missing.length > 0) console.warn(`og images: Noto Sans TC has no glyph for ${JSON.stringify(fonts.missing.join(""))}; those characters are left out of the cards`);
  for (const job of todo) {
    const out = path.join(root, job.file);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, await renderOgPng(job.card, fonts));
  }
}
let removed = 0;
for (const file of Object.keys(previous)) {
  if (!(file in next)) {
    rmSync(path.join(root, file), { force: true });
    removed++;
  }
}
mkdirSync(path.dirname(manifestFile), { recursive: true });
writeFileSync(manifestFile, JSON.stringify(next));
console.log(`og images: ${todo.length} rendered, ${jobs.length - todo.length} unchanged, ${removed} removed in ${Date.now() - started} ms`);
