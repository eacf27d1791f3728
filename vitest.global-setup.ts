/**
 * Every unit test run gets a temp folder of its own (TMPDIR, which os.tmpdir() reads and the
 * servers tests start inherit), removed when the run ends: the suites make ~800 throwaway
 * content folders a run, which had piled up in /tmp by the thousand.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "blog-vitest-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
