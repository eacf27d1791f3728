import { utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { contentFolder, post } from "../test-helpers";
import { nextScheduled, selfUrl, staleSinceBuild } from "./watch";

const NOW = new Date("2026-06-01T00:00:00Z").getTime();

function site() {
  const dir = contentFolder({
    "posts/old.md": post({ title: "Old", date: "2026-01-01T00:00:00Z" }),
    "posts/soon.md": post({ title: "Soon", date: "2026-06-01T00:10:00Z" }),
    "posts/later.md": post({ title: "Later", date: "2026-07-01T00:00:00Z" }),
    "posts/draft.md": post({ title: "Draft", date: "2026-06-01T00:01:00Z", draft: "true" }),
  });
  for (const f of ["old", "soon", "later", "draft"]) utimesSync(path.join(dir, "posts", `${f}.md`), new Date("2026-01-01"), new Date("2026-01-01"));
  const snapshot = { content: loadContentIndex({ dir: path.join(dir, "posts"), now: new Date(NOW), includeDrafts: false, buildFuture: false }), entries: loadEntriesIndex({ dir }) };
  return { dir, snapshot };
}

describe("the scheduler's next time", () => {
  it("is the earliest future post that is not a draft", () => {
    expect(nextScheduled(site().snapshot, NOW)?.toISOString()).toBe("2026-06-01T00:10:00.000Z");
    expect(nextScheduled(site().snapshot, new Date("2026-08-01").getTime())).toBeNull();
  });
});

describe("staleSinceBuild: content that moved on while no server watched", () => {
  it("is false when nothing is newer than the build and no scheduled post came due", () => {
    const { dir, snapshot } = site();
    expect(staleSinceBuild(snapshot, new Date("2026-05-31T00:00:00Z").getTime(), NOW, [dir])).toBe(false);
  });
  it("is true for a scheduled post whose time came after the build", () => {
    const { dir, snapshot } = site();
    expect(staleSinceBuild(snapshot, new Date("2026-06-01T00:05:00Z").getTime(), new Date("2026-06-01T00:20:00Z").getTime(), [dir])).toBe(true);
  });
  it("is true for a file written after the build", () => {
    const { dir, snapshot } = site();
    utimesSync(path.join(dir, "posts", "old.md"), new Date("2026-05-31T12:00:00Z"), new Date("2026-05-31T12:00:00Z"));
    expect(staleSinceBuild(snapshot, new Date("2026-05-31T00:00:00Z").getTime(), NOW, [dir])).toBe(true);
  });
});

describe("selfUrl", () => {
  it("calls the server where it listens, loopback for a wildcard address", () => {
    expect(selfUrl({ PORT: "3100", HOSTNAME: "0.0.0.0" })).toBe("http://127.0.0.1:3100");
    expect(selfUrl({ HOSTNAME: "10.0.0.5" })).toBe("http://10.0.0.5:3000");
    expect(selfUrl({ PORT: "80", HOSTNAME: "::1" })).toBe("http://[::1]:80");
  });
});
