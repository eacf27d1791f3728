/**
 * The one image lookup: what a path such as /images/x.png is in public/ (there, with
 * its pixel size; missing; unreadable; pointing outside), for covers in front matter,
 * images and figures in bodies, and the Hugo importer's static/ folder.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { publicDir } from "./environment";

export interface Dimensions {
  width: number;
  height: number;
}

export type PublicImage =
  /** A URL or a relative path: not a file this site serves from public/. */
  | { kind: "elsewhere" }
  | { kind: "outside" }
  | { kind: "missing" }
  | { kind: "unreadable" }
  | { kind: "found"; width?: number; height?: number };

/** A site-relative path like /images/x.png (not //host/x.png, not a URL). */
export function isLocalImage(src: string): boolean {
  return src.startsWith("/") && !src.startsWith("//");
}

function sizeOfFile(abs: string): PublicImage {
  if (!existsSync(abs)) return { kind: "missing" };
  try {
    const size = imageSize(readFileSync(abs));
    return { kind: "found", width: size.width, height: size.height };
  } catch {
    return { kind: "unreadable" };
  }
}

/** What `src` is under `root` (public/ by default). */
export function lookupPublicImage(src: string, root: string = publicDir()): PublicImage {
  if (!isLocalImage(src)) return { kind: "elsewhere" };
  let rel: string;
  try {
    rel = decodeURI(src.split(/[?#]/)[0]);
  } catch {
    // A malformed escape names no file that could exist.
    return { kind: "missing" };
  }
  const abs = path.resolve(/*turbopackIgnore: true*/ root, "." + rel);
  if (!abs.startsWith(root + path.sep)) return { kind: "outside" };
  return sizeOfFile(abs);
}

function dimensions(image: PublicImage): Dimensions | null {
  return image.kind === "found" && image.width && image.height ? { width: image.width, height: image.height } : null;
}

/** Pixel size of an image file anywhere (the importer reads a Hugo site's static/), or null. */
export function fileImageSize(abs: string): Dimensions | null {
  return dimensions(sizeOfFile(abs));
}

/** Pixel size of `/images/x.png` in public/, or null for remote, missing or unreadable images. */
export function publicImageSize(src: string): Dimensions | null {
  return dimensions(lookupPublicImage(src));
}

/** Adds width and height to a Figure's props when the author gave neither. */
export function withDimensions(props: Record<string, string>, size: Dimensions | null): Record<string, string> {
  if (!size || props.width || props.height) return props;
  return { ...props, width: String(size.width), height: String(size.height) };
}
