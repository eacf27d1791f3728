/**
 * The components an author may use in MDX, with the rules their props must meet.
 * Checked at compile time so a bad id fails the build naming the post and line,
 * instead of rendering a broken player.
 */

export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

export interface PropRule {
  required?: boolean;
  pattern?: RegExp;
  hint: string;
}

export const MDX_COMPONENTS: Record<string, Record<string, PropRule>> = {
  YouTube: {
    id: { required: true, pattern: YOUTUBE_ID, hint: "a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -)" },
    title: { hint: "a short text describing the video" },
  },
  ReadingList: {},
  ReadingListItem: {
    href: { required: true, hint: "a link such as /posts/<slug>/" },
    label: { hint: "the link text" },
  },
};

export function youtubeThumbnail(id: string): string {
  return `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
}

export function youtubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
}

export function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}
