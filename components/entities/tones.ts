/**
 * The colours of drawn placeholders (PlaceholderView.tone, 0-7), each dark enough for
 * white letters (WCAG AA). Spelled out in full so Tailwind sees the class names.
 */
const TONES = [
  "bg-sky-700",
  "bg-violet-700",
  "bg-emerald-700",
  "bg-amber-700",
  "bg-rose-700",
  "bg-teal-700",
  "bg-indigo-700",
  "bg-fuchsia-700",
];

export const toneClass = (tone: number) => TONES[((tone % TONES.length) + TONES.length) % TONES.length];
