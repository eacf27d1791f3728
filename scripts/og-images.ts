/**
 * Writes the generated Open Graph cards into public/og/ before `next build`.
 * Incremental: a manifest keyed by each card's content skips unchanged images and
 * removes images whose page is gone, so a rebuild after one edit renders one card.
 * A cold run (a new site, or a design change: thousands of cards) is split across
 * one child process per core. Usage: tsx scripts/og-images.ts (CONTENT_DIR /
 * PUBLIC_DIR as for the build; OG_PROCESSES caps the processes).
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OG_VERSION, ogJobs, type OgJob } from "../lib/og";
import { loadFonts, renderOgPng } from "../lib/og-image";
import { loadContentIndex, publicDir } from "../lib/posts";

/** Below this many cards, starting processes costs more than it saves. */
const PER_PROCESS_MIN = 40;

/** Renders `jobs` into `root`; font subsets are made for these cards only. */
async function render(jobs: OgJob[], root: string): Promise<void> {
  const fonts = await loadFonts(
    jobs.flatMap((j) => [j.card.kicker, j.card.title]),
    jobs.flatMap((j) => [j.card.footer, j.card.siteTitle]),
  );
  if (fonts.missing.length > 0) console.warn(`og images: Noto Sans TC has no glyph for ${JSON.stringify(fonts.missing.join(""))}; those characters are left out of the cards`);
  for (const job of jobs) {
    const out = path.join(root, job.file);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, await renderOgPng(job.card, fonts));
  }
}

/** Splits `jobs` over child processes (this same script, in worker mode) and waits for all. */
async function renderInProcesses(jobs: OgJob[], root: string, count: number): Promise<void> {
  const slices = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  await Promise.all(
    slices.map(
      (slice) =>
        new Promise<void>((resolve, reject) => {
          const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, OG_WORKER: "1" }, serialization: "advanced" });
          child.on("error", reject);
          child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`og images: a worker process exited with ${code}`))));
          child.send({ jobs: slice, root });
        }),
    ),
  );
}

async function main(): Promise<void> {
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

  const processes = Math.min(Number(process.env.OG_PROCESSES) || availableParallelism(), Math.floor(todo.length / PER_PROCESS_MIN));
  if (processes > 1) await renderInProcesses(todo, root, processes);
  else if (todo.length > 0) await render(todo, root);

  let removed = 0;
  for (const file of Object.keys(previous)) {
    if (!(file in next)) {
      rmSync(path.join(root, file), { force: true });
      removed++;
    }
  }
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(next));
  const how = processes > 1 ? ` (${processes} processes)` : "";
  console.log(`og images: ${todo.length} rendered${how}, ${jobs.length - todo.length} unchanged, ${removed} removed in ${Date.now() - started} ms`);
}

if (process.env.OG_WORKER === "1") {
  process.once("message", (message) => {
    const { jobs, root } = message as { jobs: OgJob[]; root: string };
    render(jobs, root).then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
} else {
  await main();
}
