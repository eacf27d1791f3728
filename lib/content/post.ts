/**
 * A post as the content index holds it: what the author wrote (front matter, with
 * what the body says about itself: reading length, internal links, Hugo refs) apart
 * from the bookkeeping of the file it came from.
 */
import type { Diagnostic } from "./errors";
import type { InternalLink } from "./links";

export interface Cover {
  src: string;
  width?: number;
  height?: number;
}

/** The file a post was read from: for messages, the compile and its caches. */
export interface PostSource {
  /** Path relative to the project root, for messages. */
  file: string;
  absPath: string;
  format: "md" | "mdx";
  /** sha256 of the file's bytes: the key of every cache derived from the post. */
  hash: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** 1-based line of each top-level front-matter field, for messages found later (entity links). */
  fieldLines: Record<string, number>;
}

/** A Hugo `ref`/`relref` target written in a .md body, with its line. */
export interface RefTarget {
  target: string;
  line: number;
}

/** Where each ref target of one post points (a URL), as the index resolved it. */
export type RefMap = Record<string, string>;

export interface Post {
  slug: string;
  title: string;
  /** The author's description, or an excerpt of the body. */
  description: string;
  excerpt: string;
  date: Date;
  updated: Date | null;
  tags: string[];
  categories: string[];
  cover: Cover | null;
  sourceUrl: string | null;
  sourceName: string | null;
  draft: boolean;
  series: string | null;
  seriesOrder: number | null;
  relatedCompanies: string[];
  relatedPeople: string[];
  aliases: string[];
  /** Front-matter fields the content model does not know, kept as written. */
  extra: Record<string, unknown>;
  /** Han characters and Latin words in the body, for reading time. */
  hanChars: number;
  latinWords: number;
  internalLinks: InternalLink[];
  refTargets: RefTarget[];
  source: PostSource;
}

/** A file that could not be read as a post, with why. */
export interface BrokenPost {
  slug: string;
  file: string;
  diagnostics: Diagnostic[];
}

/** Newest first; posts sharing a timestamp are ordered by slug so every build agrees. */
export function comparePosts(a: Pick<Post, "date" | "slug">, b: Pick<Post, "date" | "slug">): number {
  const d = b.date.getTime() - a.date.getTime();
  if (d !== 0) return d;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
