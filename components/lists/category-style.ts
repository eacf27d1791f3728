/**
 * Each category's colour, used for its label, its section rule and the placeholder
 * of a post without a cover. Class names are spelled out in full so Tailwind sees them.
 */
import { site } from "@/lib/site";

export interface CategoryStyle {
  /** Placeholder background: dark enough for white text (WCAG AA). */
  placeholder: string;
  /** Label text on the page background, light and dark. */
  label: string;
  /** The rule above a category section. */
  rule: string;
}

const PALETTE: CategoryStyle[] = [
  { placeholder: "bg-linear-to-br from-sky-700 to-sky-950", label: "text-sky-800 dark:text-sky-300", rule: "border-sky-700" },
  { placeholder: "bg-linear-to-br from-violet-700 to-violet-950", label: "text-violet-800 dark:text-violet-300", rule: "border-violet-700" },
  { placeholder: "bg-linear-to-br from-emerald-700 to-emerald-950", label: "text-emerald-800 dark:text-emerald-300", rule: "border-emerald-700" },
  { placeholder: "bg-linear-to-br from-amber-700 to-amber-950", label: "text-amber-800 dark:text-amber-300", rule: "border-amber-700" },
  { placeholder: "bg-linear-to-br from-rose-700 to-rose-950", label: "text-rose-800 dark:text-rose-300", rule: "border-rose-700" },
  { placeholder: "bg-linear-to-br from-teal-700 to-teal-950", label: "text-teal-800 dark:text-teal-300", rule: "border-teal-700" },
  { placeholder: "bg-linear-to-br from-indigo-700 to-indigo-950", label: "text-indigo-800 dark:text-indigo-300", rule: "border-indigo-700" },
  { placeholder: "bg-linear-to-br from-fuchsia-700 to-fuchsia-950", label: "text-fuchsia-800 dark:text-fuchsia-300", rule: "border-fuchsia-700" },
];

const NEUTRAL: CategoryStyle = {
  placeholder: "bg-linear-to-br from-neutral-600 to-neutral-900",
  label: "text-neutral-700 dark:text-neutral-300",
  rule: "border-neutral-500",
};

const CONFIGURED = Object.keys(site.categories);

/** Configured categories take the palette in order; others get a stable colour from their name. */
export function categoryStyle(name: string | null): CategoryStyle {
  if (!name) return NEUTRAL;
  const i = CONFIGURED.indexOf(name);
  if (i >= 0) return PALETTE[i % PALETTE.length];
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}
