import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolvePublicImage } from "./public-files";

describe("resolvePublicImage", () => {
  const base = mkdtempSync(path.join(tmpdir(), "public-files-"));
  const root = path.join(base, "images");
  mkdirSync(path.join(root, "posts"), { recursive: true });
  writeFileSync(path.join(root, "posts", "新圖.png"), "png");
  writeFileSync(path.join(root, "a.SVG"), "<svg/>");
  writeFileSync(path.join(root, "notes.txt"), "text");
  writeFileSync(path.join(base, "secret.png"), "outside");
  symlinkSync(path.join(base, "secret.png"), path.join(root, "link.png"));

  it("finds an image by its decoded segments, with its type", () => {
    expect(resolvePublicImage(["posts", encodeURIComponent("新圖.png")], root)).toMatchObject({ type: "image/png" });
    expect(resolvePublicImage(["a.SVG"], root)).toMatchObject({ type: "image/svg+xml" });
  });

  it("refuses traversal, hidden files, encoded slashes, symlinks out, non-images and missing files", () => {
    for (const segs of [["..", "secret.png"], ["%2E%2E", "secret.png"], ["posts%2F..%2F..%2Fsecret.png"], [".hidden.png"], ["link.png"], ["notes.txt"], ["missing.png"], ["%E0%A4%A.png"], []])
      expect(resolvePublicImage(segs, root), segs.join("/")).toBeNull();
  });
});
