/**
 * The Hugo permalink tokens this site can fill (lib/content/permalinks.ts fills them), kept
 * here so the configuration can refuse a pattern it could never expand, with its line.
 */
export const PERMALINK_TOKENS = [
  "year",
  "month",
  "monthname",
  "day",
  "weekday",
  "weekdayname",
  "yearday",
  "section",
  "sections",
  "title",
  "slug",
  "slugorfilename",
  "filename",
  "contentbasename",
  "slugorcontentbasename",
] as const;

export type PermalinkToken = (typeof PERMALINK_TOKENS)[number];

export const PERMALINK_TOKEN = /:([a-z]+)/g;

/** Why `pattern` is not one this site can expand (null when it is), for the configuration's error. */
export function permalinkProblem(pattern: string): string | null {
  if (!pattern.startsWith("/")) return "must start with /";
  if (/[?#]/.test(pattern)) return "must be a path, without ? or #";
  const known: readonly string[] = PERMALINK_TOKENS;
  const unknown = [...pattern.matchAll(PERMALINK_TOKEN)].map((m) => m[1]).filter((t) => !known.includes(t));
  if (unknown.length) return `has ${unknown.map((t) => `:${t}`).join(", ")}, which is not a Hugo permalink token this site knows (${PERMALINK_TOKENS.map((t) => `:${t}`).join(" ")})`;
  return null;
}
