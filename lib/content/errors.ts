/**
 * Every problem found in content is a Diagnostic: it names the file, the field or
 * line where known, and says how to fix it. Errors stop a production build;
 * warnings are printed and the build goes on.
 */

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the project root, e.g. content/posts/x.mdx */
  file: string;
  line?: number;
  field?: string;
  message: string;
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const field = d.field ? ` ${d.field}:` : "";
  const hint = d.hint ? ` (hint: ${d.hint})` : "";
  return `${where}${field} ${d.message}${hint}`;
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
}
