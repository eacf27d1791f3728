/**
 * A shortcode as the lexer (lib/content/shortcode-syntax.ts) found it, and the checks
 * on its arguments. Apart from the lexer because the embed modules need these, and
 * next.config.ts loads those: this file must stay free of the Markdown parser.
 */
import { contentError } from "./errors";
import { problem } from "./messages";

export interface Shortcode {
  name: string;
  /** Positional arguments, unescaped. Ids stay strings: a 19-digit X id is never a number. */
  positional: string[];
  named: Record<string, string>;
  /** The shortcode exactly as written. */
  raw: string;
  start: number;
  end: number;
  /** 1-based line in the text that was scanned. */
  line: number;
  /** Written with Hugo's comment delimiters inside the braces: output literally, not run. */
  escaped: boolean;
  /** `{{< /name >}}`: the end of a paired shortcode. */
  closing: boolean;
}

/** A named argument, or the positional one at `index`. */
export function shortcodeArg(sc: Shortcode, name: string, index: number): string | undefined {
  return sc.named[name] ?? sc.positional[index];
}

export function need(sc: Shortcode, value: string | undefined, what: string, hint: string): string {
  if (!value) throw contentError(problem("shortcode-missing-argument", sc.raw, what, hint), sc.line);
  return value;
}

export function check(sc: Shortcode, value: string, pattern: RegExp, what: string, hint: string): string {
  if (!pattern.test(value)) throw contentError(problem("shortcode-invalid-argument", sc.raw, what, value, hint), sc.line);
  return value;
}
