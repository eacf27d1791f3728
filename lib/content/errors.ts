/**
 * The one error type for content. Every problem found in a file, from its bytes and
 * front matter through Hugo shortcodes to the MDX compile, is a Diagnostic: the file,
 * the line and field where known, a message and how to fix it (the wording lives in
 * lib/content/messages.ts). Errors stop a production build; warnings are printed and
 * the build goes on. Code that finds a problem before it knows the file (the front
 * matter splitter, the shortcode lexer, a remark plugin) throws a ContentError without
 * one, and the caller that knows the file locates it.
 */
import type { Problem } from "./messages";

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the project root, e.g. content/posts/x.mdx; "" until located. */
  file: string;
  line?: number;
  field?: string;
  message: string;
  hint?: string;
  /** The catalogue entry (lib/content/messages.ts), for tools; absent for a third party's message. */
  code?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? (d.line ? `${d.file}:${d.line}` : d.file) : d.line ? `line ${d.line}` : "";
  const field = d.field ? ` ${d.field}:` : "";
  const hint = d.hint ? ` (hint: ${d.hint})` : "";
  return `${where}${field} ${d.message}${hint}`.trimStart();
}

export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(
      `${errors.length} content error${errors.length === 1 ? "" : "s"}:\n` +
        errors.map((d) => `  ${formatDiagnostic(d)}`).join("\n"),
    );
    this.name = "ContentError";
    this.diagnostics = diagnostics;
  }

  /** Line of the first problem, in whatever text it was found in. */
  get line(): number | undefined {
    return this.diagnostics[0]?.line;
  }

  /**
   * The same problems in `file`, with lines shifted by `lineOffset` (the line the
   * scanned text starts on, minus one). Problems that already name a file keep it.
   */
  locate(file: string, lineOffset = 0): ContentError {
    return new ContentError(
      this.diagnostics.map((d) => (d.file ? d : { ...d, file, line: d.line === undefined ? undefined : d.line + lineOffset })),
    );
  }
}

/** A diagnostic from a catalogue problem. */
export function diagnostic(severity: Severity, file: string, problem: Problem, where: { line?: number; field?: string } = {}): Diagnostic {
  const d: Diagnostic = { severity, file, message: problem.message, code: problem.code };
  const line = where.line;
  const field = where.field ?? problem.field;
  if (line !== undefined) d.line = line;
  if (field !== undefined) d.field = field;
  if (problem.hint !== undefined) d.hint = problem.hint;
  return d;
}

/** An error for a problem whose file the thrower does not know; `line` is in the text it scanned. */
export function contentError(problem: Problem, line?: number, field?: string): ContentError {
  return new ContentError([diagnostic("error", "", problem, { line, field })]);
}

/** The same, at a syntax-tree node (remark and rehype plugins). */
export function contentErrorAt(node: { position?: { start: { line: number } } }, problem: Problem): ContentError {
  return contentError(problem, node.position?.start.line);
}
