/** Pixel sizes of images under public/, so figures reserve their space before the image loads. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { publicDir } from "./content-index";

export interface Dimensions {
  width: number;
  height: number;
}

/** Size of an image file, or null if it is missing or unreadable. */
export function fileImageSize(abs: string): Dimensions | null {
  try {
    if (!existsSync(abs)) return null;
    const size = imageSize(readFileSync(abs));
    return size.width && size.height ? { width: size.width, height: size.height } : null;
  } catch {
    return null;
  }
}

/** Size of `/images/x.png` in public/, or null for remote, missing or unreadable images. */
export function publicImageSize(src: string): Dimensions | null {
  if (!src.startsWith("/") || src.startsWith("//")) return null;
  const root = publicDir();
  let rel: string;
  try {
    rel = decodeURI(src.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  const abs = path.resolve(/*turbopackIgnore: true*/ root, "." + rel);
  if (!abs.startsWith(root + path.sep)) return null;
  return fileImageSize(abs);
}

/** Adds width and height to a Figure's props when the author gave neither. */
export function withDimensions(props: Record<string, string>, size: Dimensions | null): Record<string, string> {
  if (!size || props.width || props.height) return props;
  return { ...props, width: String(size.width), height: String(size.height) };
}
