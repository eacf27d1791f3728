/**
 * npm run import:hugo -- <hugo-site-or-content-dir> [--out content/posts] [--public public] [--force]
 * Converts Hugo posts to MDX posts of this site and prints what it did.
 */
import path from "node:path";
import { formatReport, importHugo } from "../lib/authoring/import-hugo";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npm run import:hugo -- <hugo-site-or-content-dir> [--out content/posts] [--public public] [--force]");
  process.exit(2);
}

const args = process.argv.slice(2);
let source: string | undefined;
let out = path.join("content", "posts");
let publicDir = "public";
let force = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--force") force = true;
  else if (a === "--out") out = args[++i] ?? usage("--out needs a folder");
  else if (a === "--public") publicDir = args[++i] ?? usage("--public needs a folder");
  else if (a === "-h" || a === "--help") usage();
  else if (a.startsWith("-")) usage(`unknown option ${a}`);
  else if (source) usage("give one source folder");
  else source = a;
}
if (!source) usage();

const report = await importHugo({ source, out, publicDir, force });
console.log(formatReport(report));
process.exit(report.failed.length > 0 ? 1 : 0);
