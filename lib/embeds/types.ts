/**
 * What an embed module declares. Everything the site knows about an embed (its MDX
 * rules, Hugo shortcodes, component, feed text and frame origins) lives in one
 * object, and lib/embeds/index.ts derives the registries from the list of them.
 */
import type { ComponentType } from "react";
import type { Shortcode } from "../content/shortcode-args";

export interface PropRule {
  required?: boolean;
  pattern?: RegExp;
  /** A check a pattern cannot say (the value is normalised when it renders); applied with `pattern`. */
  accepts?: (value: string) => boolean;
  /** The rule in the author's words: shown when a prop breaks it. */
  hint: string;
}

/** What a feed shows in place of an embed: a plain link (readers drop iframes and scripts). */
export interface FeedLink {
  href: string;
  text: string;
}

/** Props as MDX hands them over: strings the author wrote, and children. */
export type EmbedProps = Record<string, unknown>;

export interface EmbedDefinition<P = EmbedProps> {
  /** The MDX tag, e.g. "YouTube". */
  name: string;
  /** Checked at compile time (lib/render/remark-check-components.ts), so a bad id fails the build at its line. */
  props: Record<string, PropRule>;
  /** Hugo shortcode names it answers to, lower case. */
  shortcodes: readonly string[];
  /** The names the "shortcodes you can use" hint offers; the rest are accepted spellings. Default: all. */
  listed?: readonly string[];
  /** The component's props for a shortcode; throws ContentError (with the shortcode's line) if it is unusable. */
  fromShortcode(sc: Shortcode): Record<string, string>;
  /**
   * The forms of a reference only this service uses (its URLs, URIs, paths), as props;
   * null for anything else. Lets a shortcode given another service's reference (a Spotify
   * URL in {{< youtube >}}) render the right player, with a warning.
   */
  reference?: { service: string; parse(value: string): Record<string, string> | null };
  Component: ComponentType<P>;
  /** A link for feeds; null shows the element's children. Without it, lib/seo/feed-content.ts's fallback applies. */
  feed?: (props: P) => FeedLink | null;
  /** Origins its player loads from, for the CSP's frame-src. */
  frameOrigins: readonly string[];
}

/** An embed in the registry, with its props seen the way MDX passes them. */
export type Embed = EmbedDefinition<EmbedProps>;

/**
 * Lets each module type its own props. MDX passes whatever the author wrote, but
 * remark-check-components has checked it against `props` before anything renders, so the
 * typed view holds at runtime; this cast is the one place the two views meet.
 */
export function defineEmbed<P>(definition: EmbedDefinition<P>): Embed {
  return definition as unknown as Embed;
}
