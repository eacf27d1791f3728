/**
 * npm run check:parity -- <hugo public/ dir> <base url>
 * Requests every HTML URL a Hugo build produced from this site (following redirects),
 * prints how many answer 200 by section and lists the misses (lib/authoring/parity.ts).
 * Exit 1 unless all answer, but for pagination pages past our last page.
 */
import { existsSync, statSync } from "node:fs";
import { checkParity, formatParity, hugoHtmlPaths } from "../lib/authoring/parity";

const [dir, base] = process.argv.slice(2);
if (!dir || !base || !/^https?:\/\//.test(base)) {
  console.error("usage: npm run check:parity -- <hugo public/ dir> <base url, e.g. http://127.0.0.1:3000>");
  process.exit(2);
}
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`${dir}: not a folder (build the Hugo site first: hugo --source <site> --destination ${dir})`);
  process.exit(2);
}
const paths = hugoHtmlPaths(dir);
if (paths.length === 0) {
  console.error(`${dir}: no .html files; is this Hugo's public/ folder?`);
  process.exit(2);
}
const report = await checkParity(paths, base);
console.log(formatParity(report));
process.exit(report.pass ? 0 : 1);
