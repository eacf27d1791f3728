#!/usr/bin/env node
/**
 * After `next build` (npm run build's postbuild), and by `npm start` for a build made without it:
 * writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every script,
 * stylesheet and SVG under `<distDir>/static/`, which scripts/precompressed-assets.cjs serves.
 *
 * Next compresses each asset again on every request, and only with gzip: its ~8 ms of CPU per
 * 224 KB script, six scripts per first visit. Brotli at quality 11 makes the post page's six
 * scripts ~15% smaller than Next's gzip (39_j1….js 71.8 -> 61.3 KB, the stylesheet 12.8 -> 10.6 KB),
 * too slow to do per request but ~1.3 s once for the whole build (700 KB of assets, measured).
 * The files are hashed and never change, so a copy already written is kept.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// The text types the preload serves (fonts and images are compressed formats already): one list.
const { EXTENSIONS } = createRequire(import.meta.url)("./precompressed-assets.cjs");
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/** Compresses what `dir` lacks; returns how many files it wrote (0 when all were there). */
export function precompressAssets(dir) {
  let written = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (EXTENSIONS.includes(path.extname(entry.name)) && statSync(file).size >= MIN_BYTES) written += compressOne(file);
    }
  };
  if (existsSync(dir)) walk(dir);
  return written;
}

function compressOne(file) {
  const missing = [
    [`${file}.br`, (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })],
    [`${file}.gz`, (b) => gzipSync(b, { level: 9 })],
  ].filter(([copy]) => !existsSync(copy));
  if (missing.length === 0) return 0;
  const bytes = readFileSync(file);
  for (const [copy, compress] of missing) writeFileSync(copy, compress(bytes));
  return missing.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static");
  const started = performance.now();
  const written = precompressAssets(dir);
  console.log(`precompress assets: ${written} files written under ${path.relative(process.cwd(), dir)} in ${Math.round(performance.now() - started)} ms`);
}
