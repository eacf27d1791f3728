/**
 * The embeds an author may use, and the registries built from them: the MDX prop
 * rules, the Hugo shortcode table, the MDX components and the CSP's frame origins
 * (the feed renderers are built in lib/seo/feed-content.ts). Each derivation takes
 * the list, so a test can check that one more embed reaches all of them.
 */
import { applePodcast } from "./apple-podcasts";
import { figure } from "./figure";
import { spotify } from "./spotify";
import type { Embed, PropRule } from "./types";
import { xPost } from "./x-post";
import { youtube } from "./youtube";

export type { Embed, EmbedDefinition, EmbedProps, FeedLink, PropRule } from "./types";

/** In the order authors are told about them (the "components you can use" message). */
export const EMBEDS: readonly Embed[] = [youtube, spotify, applePodcast, xPost, figure];

export function embedRules(embeds: readonly Embed[] = EMBEDS): Record<string, Record<string, PropRule>> {
  return Object.fromEntries(embeds.map((e) => [e.name, e.props]));
}

export function embedComponents(embeds: readonly Embed[] = EMBEDS): Record<string, Embed["Component"]> {
  return Object.fromEntries(embeds.map((e) => [e.name, e.Component]));
}

export interface ShortcodeTable {
  /** Lower-case shortcode name -> the embed it becomes. */
  byName: ReadonlyMap<string, Embed>;
  /** The names to offer authors, in order. */
  listed: readonly string[];
}

export function shortcodeTable(embeds: readonly Embed[] = EMBEDS): ShortcodeTable {
  const byName = new Map<string, Embed>();
  const listed: string[] = [];
  for (const embed of embeds) {
    for (const name of embed.shortcodes) {
      // Two embeds claiming one name would make one of them unreachable: fail at load, not in some post.
      const other = byName.get(name);
      if (other) throw new Error(`embeds ${other.name} and ${embed.name} both claim the shortcode "${name}"`);
      byName.set(name, embed);
    }
    for (const name of embed.listed ?? embed.shortcodes) {
      if (byName.get(name) !== embed) throw new Error(`embed ${embed.name} lists the shortcode "${name}" without answering to it`);
      listed.push(name);
    }
  }
  return { byName, listed };
}

/** The CSP's frame-src: every origin a player may load from, once each. */
export function frameOrigins(embeds: readonly Embed[] = EMBEDS): string[] {
  return [...new Set(embeds.flatMap((e) => e.frameOrigins))];
}
