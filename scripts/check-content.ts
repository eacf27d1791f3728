/**
 * `npm run check [-- --no-compile] [dir]`: validates every post in content/posts (or
 * the folder given) the way a build does, without building. Exit 1 on errors.
 */
import path from "node:path";
import { checkContent, formatReport } from "../lib/authoring/check";

const args = process.argv.slice(2);
const compile = !args.includes("--no-compile");
const dirArg = args.find((a) => !a.startsWith("--"));

const result = await checkContent({ dir: dirArg ? path.resolve(dirArg) : undefined, compile });
console.log(formatReport(result));
process.exit(result.errors.length ? 1 : 0);
