/**
 * Renders 1200x630 Open Graph cards (satori -> SVG -> resvg -> PNG) with Noto Sans TC
 * from @fontsource. Fontsource splits the CJK font into ~100 unicode-range chunks;
 * we load only the chunks that the texts need (kept in memory), so drawing a card on
 * request parses a few small fonts instead of megabytes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { ReactNode } from "react";
import satori from "satori";
import { OG_HEIGHT, OG_WIDTH, type OgCard } from "./og-cards";

const FAMILY = "Noto Sans TC";
const WEIGHTS = [400, 700] as const;


type Range = [number, number];
interface Chunk {
  name: string;
  ranges: Range[];
}


/**
 * The font package's folder at run time. Not require.resolve: the bundler replaces that
 * by a module id in the route. The server runs in the project (or the standalone
 * folder, where next.config.ts traces the font files in), so node_modules is beside it.
 */
function fontPackageDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "noto-sans-tc");
}

let chunks: Chunk[] | undefined;
function fontChunks(): Chunk[] {
  if (chunks) return chunks;
  const map = JSON.parse(readFileSync(path.join(fontPackageDir(), "unicode.json"), "utf8")) as Record<string, string>;
  chunks = Object.entries(map).map(([key, spec]) => ({
    // "[12]" -> "12", "latin" -> "latin": the part of the file name between family and weight.
    name: key.replace(/^\[|\]$/g, ""),
    ranges: spec.split(",").map((r): Range => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    }),
  }));
  return chunks;
}

function chunkOf(ch: string): Chunk | undefined {
  const cp = ch.codePointAt(0)!;
  return fontChunks().find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
}

/** Chunk names whose unicode-range covers any of the characters. */
export function chunksFor(chars: Iterable<string>): string[] {
  const needed = new Set<string>();
  for (const ch of chars) {
    const chunk = chunkOf(ch);
    if (chunk) needed.add(chunk.name);
  }
  return [...needed].sort();
}

export interface FontSet {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[];
  /** CSS font-family list naming every chunk. */
  family: string;
  chars: Set<string>;
  /** Characters no chunk of the font covers: they would not render. */
  missing: string[];
}

/**
 * A chunk's file, read once per process. Fontsource's chunks are already small subsets
 * (~40 kB each); cutting each down further to the card's characters (subset-font) took
 * 60% of drawing a card on request (390 of 620 ms here), for fonts satori parses anyway.
 */
const chunkFiles = new Map<string, Buffer>();
function chunkFile(file: string): Buffer {
  let data = chunkFiles.get(file);
  if (!data) chunkFiles.set(file, (data = readFileSync(file)));
  return data;
}

/**
 * Load the font chunks for the characters of `bold` texts (kicker, title) in weight
 * 700 and of `regular` texts (footer) in weight 400.
 */
export async function loadFonts(bold: Iterable<string>, regular: Iterable<string> = bold): Promise<FontSet> {
  const charsOf = (texts: Iterable<string>) => {
    const set = new Set<string>();
    for (const t of texts) for (const ch of t) set.add(ch);
    // Digits and separators are always at hand for dates and counts.
    for (const ch of "0123456789 -·|#/") set.add(ch);
    return set;
  };
  const byWeight = { 700: charsOf(bold), 400: charsOf(regular) } as const;
  const dir = path.join(fontPackageDir(), "files");
  const fonts: FontSet["fonts"] = [];
  for (const weight of WEIGHTS) {
    const chars = byWeight[weight];
    for (const name of chunksFor(chars)) {
      const file = path.join(dir, `noto-sans-tc-${name}-${weight}-normal.woff`);
      const data = chunkFile(file);
      // satori keeps one font per name and weight, so each chunk gets its own name.
      fonts.push({ name: `${FAMILY} ${name}`, data, weight, style: "normal" });
    }
  }
  const family = [...new Set(fonts.map((f) => `"${f.name}"`))].join(", ");
  const chars = new Set([...byWeight[700], ...byWeight[400]]);
  const missing = [...chars].filter((ch) => !/\s/.test(ch) && !chunkOf(ch));
  return { fonts, family, chars, missing };
}

function cardTree(card: OgCard, family: string): ReactNode {
  const size = card.title.length > 40 ? 52 : card.title.length > 24 ? 60 : 68;
  // satori takes React-element-shaped objects; building them by hand keeps this module JSX-free.
  const el = (type: string, style: Record<string, unknown>, children?: ReactNode): ReactNode =>
    ({ type, key: null, props: { style, children } }) as unknown as ReactNode;
  return el(
    "div",
    {
      // satori sizes boxes content-box: padding and border add to width and height.
      width: OG_WIDTH - 144 - 16,
      height: OG_HEIGHT - 128,
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "64px 72px",
      // Flat colours: a gradient doubles the render time and makes the PNG six times larger.
      background: "#0f172a",
      borderLeft: "16px solid #38bdf8",
      color: "#f8fafc",
      fontFamily: family,
    },
    [
      el("div", { display: "flex", fontSize: 30, fontWeight: 700, color: "#7dd3fc" }, card.kicker),
      el("div", { display: "flex", width: OG_WIDTH - 160, fontSize: size, fontWeight: 700, lineHeight: 1.3, maxHeight: size * 1.3 * 4, overflow: "hidden", wordBreak: "break-all" }, card.title),
      el("div", { display: "flex", width: OG_WIDTH - 160, justifyContent: "space-between", fontSize: 28, fontWeight: 400, color: "#cbd5e1" }, [
        el("div", { display: "flex" }, card.siteTitle),
        el("div", { display: "flex" }, card.footer),
      ]),
    ],
  );
}

/** One card as PNG bytes. `fonts` must cover the card's characters: kicker and title bold, the rest regular (see loadFonts). */
export async function renderOgPng(card: OgCard, fonts: FontSet): Promise<Buffer> {
  const svg = await satori(cardTree(card, fonts.family), { width: OG_WIDTH, height: OG_HEIGHT, fonts: fonts.fonts });
  return new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
