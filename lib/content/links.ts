/** Internal post links written in a body, with the line they are on, for build-time checks. */

export interface InternalLink {
  slug: string;
  line: number;
  href: string;
}

const POST_LINK = /(?:\]\(|href=["'])(\/posts\/([^/)\s"'#?]+)\/?(?:[#?][^)\s"']*)?)/g;

export function findInternalLinks(body: string, firstLine: number): InternalLink[] {
  const links: InternalLink[] = [];
  body.split("\n").forEach((text, i) => {
    for (const m of text.matchAll(POST_LINK)) {
      let slug = m[2];
      try {
        slug = decodeURIComponent(slug);
      } catch {
        // keep the raw text: the link is reported as unresolved below
      }
      links.push({ slug, line: firstLine + i, href: m[1] });
    }
  });
  return links;
}
