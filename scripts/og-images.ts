/**
 * Writes the generated Open Graph cards into public/og/ before `next build`.
 * Incremental: a manifest keyed by each card's content skips unchanged images and
 * removes images whose page is gone, so a rebuild after one edit renders one card.
 * A cold run (a new site, or a design change: thousands of cards) is split across
 * short-lived child processes, one per core at a time. Usage: tsx scripts/og-images.ts
 * (CONTENT_DIR / PUBLIC_DIR as for the build; OG_PROCESSES caps the processes at a
 * time, OG_CHUNK sets the cards per process).
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OG_VERSION, ogJobs, type OgJob } from "../lib/seo/og-cards";
import { loadFonts, renderOgPng } from "../lib/seo/og-render";
import { loadContentIndex } from "../lib/content/content-index";
import { loadEntriesIndex } from "../lib/content/entries-index";
import { publicDir } from "../lib/content/environment";

/** Below this many cards, starting processes costs more than it saves (and memory is no concern). */
const SPLIT_MIN = 80;

/**
 * Cards per child process. resvg keeps each rendered pixmap (3 MB for 1200x630) until
 * its process exits, whatever V8 collects: 2,000 cards in one process reached 6.8 GB,
 * and a 10,000-post site (11,000 cards) was killed for memory. So a cold run renders in
 * short-lived child processes of this many cards (~1 GB each), one per core at a time.
 * Each also subsets the font to its own cards only.
 */
const CHUNK = Number(process.env.OG_CHUNK) || 300;

/** Renders `jobs` into `root` in this process (a child, or a run too small to split). */
async function render(jobs: OgJob[], root: string): Promise<string[]> {
  const fonts = await loadFonts(
    jobs.flatMap((j) => [j.card.kicker, j.card.title]),
    jobs.flatMap((j) => [j.card.footer, j.card.siteTitle]),
  );
  for (const job of jobs) {
    const out = path.join(root, job.file);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, await renderOgPng(job.card, fonts));
  }
  return fonts.missing;
}

function renderInChild(jobs: OgJob[], root: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, OG_WORKER: "1" }, serialization: "advanced" });
    let missing: string[] = [];
    child.on("message", (m) => (missing = (m as { missing: string[] }).missing));
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve(missing) : reject(new Error(`og images: a child process rendering ${jobs.length} cards failed (${signal ?? `exit ${code}`})`))));
    child.send({ jobs, root });
  });
}

/** Chunks of `jobs` in child processes, `parallel` at a time. */
async function renderInChildren(jobs: OgJob[], root: string, parallel: number): Promise<string[]> {
  const chunks: OgJob[][] = [];
  for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
  const missing = new Set<string>();
  let next = 0;
  const lane = async () => {
    while (next < chunks.length) for (const ch of await renderInChild(chunks[next++], root)) missing.add(ch);
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return [...missing];
}

async function main(): Promise<void> {
  const started = Date.now();
  const root = publicDir();
  const manifestFile = path.join(root, "og", ".manifest.json");
  // Drafts get cards too, so `next dev` previews them; production simply never links them.
  const index = loadContentIndex({ includeDrafts: true, buildFuture: true });
  const jobs = ogJobs(index.all, loadContentIndex({ includeDrafts: false }).posts, loadEntriesIndex({ includeDrafts: true }).byHref.values());

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

  const split = todo.length >= SPLIT_MIN;
  const processes = split ? Math.max(1, Math.min(Number(process.env.OG_PROCESSES) || availableParallelism(), Math.ceil(todo.length / CHUNK))) : 0;
  const missing = split ? await renderInChildren(todo, root, processes) : todo.length > 0 ? await render(todo, root) : [];
  if (missing.length > 0) console.warn(`og images: Noto Sans TC has no glyph for ${JSON.stringify(missing.join(""))}; those characters are left out of the cards`);

  let removed = 0;
  for (const file of Object.keys(previous)) {
    if (!(file in next)) {
      rmSync(path.join(root, file), { force: true });
      removed++;
    }
  }
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(next));
  const how = split ? ` (${Math.ceil(todo.length / CHUNK)} child processes, ${processes} at a time)` : "";
  console.log(`og images: ${todo.length} rendered${how}, ${jobs.length - todo.length} unchanged, ${removed} removed in ${Date.now() - started} ms`);
}

if (process.env.OG_WORKER === "1") {
  process.once("message", (message) => {
    const { jobs, root } = message as { jobs: OgJob[]; root: string };
    render(jobs, root).then(
      (missing) => process.send?.({ missing }, () => process.exit(0)),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
} else {
  await main();
}
