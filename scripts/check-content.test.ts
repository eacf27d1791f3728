import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { post, postsFolder } from "../lib/test-helpers";

const FIXTURES = path.join(import.meta.dirname, "..", "lib", "fixtures", "bad-posts");

function runCheck(dir: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", dir], { encoding: "utf8" });
}

describe("npm run check (the command)", () => {
  it("exits 1 and prints every error and warning with file, line and field", () => {
    const dir = postsFolder({ "ok.md": post({ title: "好", date: "2026-01-01" }) });
    for (const name of ["impossible-date.md", "tags-object.md", "unknown-field.md"]) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    const run = runCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("錯誤 errors (2):");
    expect(run.stdout).toMatch(/impossible-date\.md:3 date: "2026-02-30T10:00:00\+08:00" is not a real calendar date/);
    expect(run.stdout).toMatch(/tags-object\.md:4 tags: must be a list of text values/);
    expect(run.stdout).toContain("警告 warnings (1):");
    expect(run.stdout).toMatch(/unknown-field\.md:4 tgas: is not a known front-matter field/);
    expect(run.stdout).toContain("4 post files checked: 2 errors, 1 warning");
  });

  it("exits 0 when there are only warnings or nothing at all", () => {
    const dir = postsFolder({ "ok.md": post({ title: "好", date: "2026-01-01", tgas: "[x]" }) });
    const run = runCheck(dir);
    expect(run.stdout).toContain("1 post files checked: 0 errors, 1 warning");
    expect(run.status).toBe(0);
  });
});
