/**
 * The Open Graph card route's view: a card's URL (/og/posts/<slug>.png, /og/tags/...,
 * see lib/http/routes.ts) -> its PNG, drawn from the content index on the first request
 * and then cached by Next like any page (nothing is drawn before or during `next build`).
 */
import { getContentIndex, getEntriesIndex, getPosts } from "../content/store";
import { ogJobs, type OgCard } from "../seo/og-cards";
import { loadFonts, renderOgPng } from "../seo/og-render";
import { decodeSegment } from "../http/params";

/** The cards of the current indexes, by file (`og/posts/x.png`, decoded); rebuilt when either index is reloaded. */
let memo: { index: object; entries: object; cards: Map<string, OgCard> } | null = null;

function cards(): Map<string, OgCard> {
  const index = getContentIndex();
  const entries = getEntriesIndex();
  if (memo?.index === index && memo.entries === entries) return memo.cards;
  // Drafts and future posts get cards too: a draft preview links its own card.
  const map = new Map(ogJobs(index.all, getPosts(), entries.byHref.values()).map((job) => [job.file, job.card]));
  memo = { index, entries, cards: map };
  return map;
}

/** The card a route's catch-all segments (`["posts", "x.png"]`, as Next passes them) name, or null (a 404). */
export function ogCardFor(segments: string[]): OgCard | null {
  const decoded = segments.map(decodeSegment);
  if (decoded.some((s) => s === null)) return null;
  return cards().get(`og/${decoded.join("/")}`) ?? null;
}

/** The PNG for a card URL's segments, or null when no page has that card. */
export async function ogCardPng(segments: string[]): Promise<Buffer | null> {
  const card = ogCardFor(segments);
  if (!card) return null;
  const fonts = await loadFonts([card.kicker, card.title], [card.footer, card.siteTitle]);
  if (fonts.missing.length > 0) console.warn(`og card ${segments.join("/")}: Noto Sans TC has no glyph for ${JSON.stringify(fonts.missing.join(""))}; those characters are left out`);
  return renderOgPng(card, fonts);
}

/**
 * The cards `next build` draws ahead: none. Drawing even the site's own loaded satori, resvg and
 * the CJK font chunks into a build worker (~0.7 s of its CPU in a 1,000-post build,
 * bench/RESULTS.md, issue 19); every card renders on its first request and is cached, after the
 * server's start-up warm-up has drawn one of each route (lib/publish/start-warm.ts).
 */
export function ogCardParams(): { path: string[] }[] {
  return [];
}
