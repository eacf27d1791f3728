/**
 * What the MDX compile reports, as content diagnostics. @mdx-js/mdx throws what failed:
 * our plugins a ContentError (catalogue wording, hint included), the MDX parser a
 * VFileMessage with its own reason and place. Both are read as objects; no message is
 * taken apart to find a hint. A bundler's list of messages (esbuild's `errors`, each
 * with the thrown value as `detail.cause`) is read the same way.
 */
import { ContentError, diagnostic, type Diagnostic } from "../content/errors";
import { problem } from "../content/messages";

interface EsbuildMessage {
  text: string;
  detail?: unknown;
  location?: { line: number } | null;
}

function esbuildMessages(error: unknown): EsbuildMessage[] {
  if (error && typeof error === "object" && "errors" in error && Array.isArray(error.errors)) return error.errors as EsbuildMessage[];
  return [{ text: error instanceof Error ? error.message : String(error), detail: { cause: error } }];
}

/** What the MDX parser throws (a vfile message); read by shape, since it is not our class. */
interface ParserMessage {
  reason: string;
  line?: number | null;
  source?: string | null;
  ruleId?: string | null;
}

function isParserMessage(value: unknown): value is ParserMessage {
  return !!value && typeof value === "object" && typeof (value as ParserMessage).reason === "string";
}

/** The thrown value behind an esbuild message: @mdx-js/esbuild's wrapper keeps it as `cause`. */
function causeOf(m: EsbuildMessage): unknown {
  const detail = m.detail;
  return detail && typeof detail === "object" && "cause" in detail && detail.cause ? detail.cause : detail;
}

/** The parser's own line; an unclosed tag is reported at the end of the file with the tag's span in its reason. */
function parserLine(message: ParserMessage): number | undefined {
  if (message.ruleId === "end-tag-mismatch") {
    const span = /\((\d+):\d+-\d+:\d+\)$/.exec(message.reason);
    if (span) return Number(span[1]);
  }
  return message.line ?? undefined;
}

/** Sources whose messages are MDX syntax errors (a stray `<` or `{`, an unclosed tag). */
const MDX_SYNTAX = /^(micromark-extension-mdx|mdast-util-mdx)/;

/** A stack overflow: nesting the line scan (lib/content/files.ts) cannot see, e.g. thousands of nested tags on one line. */
const STACK_OVERFLOW = /Maximum call stack size exceeded/;

/** `bodyLine` is where the body starts, the line a stack overflow is reported at (it has no place of its own). */
export function compileDiagnostics(file: string, error: unknown, bodyLine?: number): Diagnostic[] {
  return esbuildMessages(error).flatMap((m) => {
    const cause = causeOf(m);
    if (cause instanceof ContentError) return cause.locate(file).diagnostics;
    if (cause instanceof RangeError || STACK_OVERFLOW.test(m.text)) return [diagnostic("error", file, problem("body-too-deep"), { line: bodyLine })];
    if (isParserMessage(cause)) {
      const reason = cause.reason.replace(/^Could not parse expression with acorn\s*/i, "").trim();
      const p = MDX_SYNTAX.test(cause.source ?? "") ? problem("mdx-syntax", reason) : problem("compile-failed", reason);
      return [diagnostic("error", file, p, { line: parserLine(cause) })];
    }
    return [diagnostic("error", file, problem("compile-failed", m.text), { line: m.location?.line })];
  });
}
