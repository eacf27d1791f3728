/**
 * npm run import:hugo -- <hugo-site-or-content-dir> [--content content] [--out content/posts] [--public public]
 *   [--config site.config.yaml] [--report import-report.json] [--force]
 * Moves a Hugo site (posts, sections, pages, static/, configuration) into this site and
 * prints a report per section and the old URL -> new URL map (also written to --report).
 */
import path from "node:path";
import { formatReport, importHugo } from "../lib/authoring/import-hugo";

const USAGE = "usage: npm run import:hugo -- <hugo-site-or-content-dir> [--content content] [--out content/posts] [--public public] [--config site.config.yaml] [--report import-report.json] [--force]";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(2);
}

const args = process.argv.slice(2);
let source: string | undefined;
let contentDir: string | undefined;
let out: string | undefined;
let publicDir = "public";
let configFile = "site.config.yaml";
let reportFile = "import-report.json";
let force = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--force") force = true;
  else if (a === "--content") contentDir = args[++i] ?? usage("--content needs a folder");
  else if (a === "--out") out = args[++i] ?? usage("--out needs a folder");
  else if (a === "--public") publicDir = args[++i] ?? usage("--public needs a folder");
  else if (a === "--config") configFile = args[++i] ?? usage("--config needs a file");
  else if (a === "--report") reportFile = args[++i] ?? usage("--report needs a file");
  else if (a === "-h" || a === "--help") usage();
  else if (a.startsWith("-")) usage(`unknown option ${a}`);
  else if (source) usage("give one source folder");
  else source = a;
}
if (!source) usage();
contentDir ??= out ? path.dirname(out) : "content";
out ??= path.join(contentDir, "posts");

const report = await importHugo({ source, out, contentDir, publicDir, configFile, reportFile, force });
console.log(formatReport(report));
console.log(`report and URL map: ${reportFile}`);
const failed = Object.values(report.sections).some((s) => s.failed.length > 0);
process.exit(failed ? 1 : 0);
