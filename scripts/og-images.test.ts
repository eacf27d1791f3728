import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { post } from "../lib/test-helpers";

function runOg(content: string, pub: string, processes: string) {
  // 30 cards per child: this test's 92 cards take four children, two at a time.
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/og-images.ts"], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: content, PUBLIC_DIR: pub, NODE_ENV: "production", OG_PROCESSES: processes, OG_CHUNK: "30" },
  });
}

describe("og images (the prebuild script)", () => {
  it("splits a cold run over processes, writes every card, then renders nothing when nothing changed", () => {
    const content = mkdtempSync(path.join(tmpdir(), "og-content-"));
    const pub = mkdtempSync(path.join(tmpdir(), "og-public-"));
    mkdirSync(path.join(content, "posts"));
    // 45 posts with a tag each: 45 post cards + 45 tag cards + 1 category + the site card.
    for (let i = 0; i < 45; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      writeFileSync(path.join(content, "posts", `p${i}.md`), post({ title: `"第 ${i} 篇"`, date: `2026-01-${day}T10:00:00+08:00`, tags: `["標籤 ${i}"]`, categories: '["AI 產業動態"]' }));
    }
    const cold = runOg(content, pub, "2");
    expect(cold.status, cold.stderr).toBe(0);
    expect(cold.stdout).toMatch(/og images: 92 rendered \(4 child processes, 2 at a time\), 0 unchanged, 0 removed/);
    expect(readdirSync(path.join(pub, "og", "posts"))).toHaveLength(45);
    expect(readdirSync(path.join(pub, "og", "tags"))).toHaveLength(45);

    const warm = runOg(content, pub, "2");
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toMatch(/og images: 0 rendered, 92 unchanged, 0 removed/);
  }, 120_000);
});
