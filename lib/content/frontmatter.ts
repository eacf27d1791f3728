/**
 * Splits a post file into front matter and body. YAML (`---`) and Hugo's TOML
 * (`+++`) blocks are read; a UTF-8 BOM and CRLF line endings are tolerated. Dates
 * stay strings here (YAML 1.2 core schema has no timestamp type), so the offset an
 * author wrote is never lost.
 */
import { LineCounter, parseDocument } from "yaml";
import { parse as parseToml, TomlDate, TomlError } from "smol-toml";
import { contentError } from "./errors";
import { problem } from "./messages";

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line number of the first body line in the original file. */
  bodyLine: number;
  /** 1-based line of each top-level front-matter key. */
  fieldLines: Record<string, number>;
  format: "yaml" | "toml";
}


/** YAML aliases (`*name`) a front matter may use: a post needs a few at most; more is an alias bomb. */
const MAX_ALIAS_COUNT = 10;

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * TOML dates become the ISO text they were written as; integers too big for a JS
 * number (a 19-digit X post id used as a tag) become their exact digits.
 */
function toPlain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

function keyLines(block: string, firstLine: number, separator: ":" | "="): Record<string, number> {
  const lines: Record<string, number> = {};
  const re = separator === ":" ? /^([A-Za-z_][\w-]*)\s*:/ : /^([A-Za-z_][\w-]*)\s*=/;
  block.split("\n").forEach((text, i) => {
    const m = re.exec(text);
    if (m && !(m[1] in lines)) lines[m[1]] = firstLine + i;
  });
  return lines;
}

/** The front matter block and the body around it, found by their fences alone. */
function fenced(raw: string): { fence: string; block: string; body: string; bodyLine: number } {
  const text = normalizeNewlines(raw);
  const opener = /^(---|\+\+\+)[ \t]*\n/.exec(text);
  if (!opener) {
    throw contentError(problem("front-matter-missing"), 1);
  }
  const fence = opener[1];
  const start = opener[0].length;
  const closeRe = fence === "---" ? /^(---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
  const rest = text.slice(start);
  const close = closeRe.exec(rest);
  if (!close) {
    throw contentError(problem("front-matter-unclosed", fence), 1);
  }
  const block = rest.slice(0, close.index);
  const blockLines = block.split("\n").length - (block.endsWith("\n") ? 1 : 0);
  let body = rest.slice(close.index + close[0].length);
  if (body.startsWith("\n")) body = body.slice(1);
  return { fence, block, body, bodyLine: 1 + blockLines + 1 + 1 };
}

/**
 * The body of a file the content index already read (and whose front matter it validated),
 * and its first line, without parsing the front matter again: the compile, the snippet text
 * and the search index each read a post's body, and parsing its YAML each time was ~0.5 s
 * of a worker's CPU in a build of 1,000 seed-post copies (bench/RESULTS.md, issue 19).
 */
export function splitBody(raw: string): { body: string; bodyLine: number } {
  const { body, bodyLine } = fenced(raw);
  return { body, bodyLine };
}

export function splitFrontMatter(raw: string): SplitFile {
  const { fence, block, body, bodyLine } = fenced(raw);

  if (fence === "+++") {
    let data: unknown;
    try {
      data = toPlain(parseToml(block, { integersAsBigInt: "asNeeded" }));
    } catch (e) {
      const line = e instanceof TomlError ? e.line + 1 : undefined;
      const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
      throw contentError(problem("front-matter-toml", msg), line);
    }
    return { data: data as Record<string, unknown>, body, bodyLine, fieldLines: keyLines(block, 2, "="), format: "toml" };
  }

  const counter = new LineCounter();
  const doc = parseDocument(block, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, intAsBigInt: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    let pos = counter.linePos(err.pos[0]);
    // An unclosed quote is reported where the block ends; the author needs the line it opened on.
    if (err.code === "MISSING_CHAR" && /quote/.test(err.message)) {
      const opened = block.slice(0, err.pos[0]).search(/[^\n]*:[ \t]*["'][^\n]*\n(?:(?!["'])[^])*$/);
      if (opened >= 0) pos = counter.linePos(opened);
    }
    const msg = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw contentError(problem("front-matter-yaml", msg), pos.line + 1);
  }
  let js: unknown;
  try {
    // A "billion laughs" block (aliases of aliases) makes the yaml library throw a ReferenceError.
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const alias = block.split("\n").findIndex((l) => /(^|[\s[{,:-])\*[^\s,\]}]+/.test(l));
    throw contentError(problem("front-matter-aliases", MAX_ALIAS_COUNT), 2 + Math.max(0, alias));
  }
  const data: unknown = toPlain(js ?? {});
  if (typeof data !== "object" || Array.isArray(data) || data === null) {
    throw contentError(problem("front-matter-not-fields"), 2);
  }
  return { data: data as Record<string, unknown>, body, bodyLine, fieldLines: keyLines(block, 2, ":"), format: "yaml" };
}
