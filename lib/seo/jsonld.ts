/**
 * schema.org JSON-LD for posts (BlogPosting + BreadcrumbList) and the home page
 * (WebSite + Organization), and its safe serialisation into a <script> tag.
 */
import { toZonedIso } from "../content/dates";
import { absolute } from "./metadata";
import { OG_HEIGHT, OG_WIDTH, postOgImage } from "./og-cards";
import type { Post } from "../content/post";
import { postHref, siteOgImage } from "../http/routes";
import { categoryHref } from "../taxonomy/slugs";
import { site } from "../site";

export type JsonLd = Record<string, unknown>;

/**
 * JSON for an inline <script type="application/ld+json">. `<`, `>` and `&` become
 * \u escapes so no string can close the script (`</script>`) or open an HTML
 * comment (`<!--`); U+2028/U+2029 are escaped for parsers that treat them as line
 * ends. The result is still JSON that parses to the same value.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function organization(): JsonLd {
  return {
    "@type": "Organization",
    "@id": `${absolute("/")}#organization`,
    name: site.title,
    url: absolute("/"),
    logo: { "@type": "ImageObject", url: absolute(siteOgImage()), width: OG_WIDTH, height: OG_HEIGHT },
  };
}

export function homeJsonLd(): JsonLd[] {
  return [
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": `${absolute("/")}#website`,
      name: site.title,
      description: site.description,
      url: absolute("/"),
      inLanguage: site.locale,
      publisher: { "@id": `${absolute("/")}#organization` },
    },
    { "@context": "https://schema.org", ...organization() },
  ];
}

export function postJsonLd(post: Post): JsonLd[] {
  const url = absolute(postHref(post.slug));
  const category = post.categories[0];
  const posting: JsonLd = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.description,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: toZonedIso(post.date, site.timeZone),
    dateModified: toZonedIso(post.updated ?? post.date, site.timeZone),
    image: [absolute(postOgImage(post))],
    inLanguage: site.locale,
    author: { "@type": "Person", name: site.author, url: absolute("/") },
    publisher: organization(),
    ...(post.tags.length > 0 ? { keywords: post.tags.join(", ") } : {}),
    ...(category ? { articleSection: category } : {}),
    ...(post.sourceUrl
      ? { isBasedOn: { "@type": "CreativeWork", url: post.sourceUrl, ...(post.sourceName ? { name: post.sourceName } : {}) } }
      : {}),
  };
  const crumbs = [{ name: site.title, url: absolute("/") }];
  if (category) crumbs.push({ name: category, url: absolute(categoryHref(category)) });
  crumbs.push({ name: post.title, url });
  const breadcrumbs: JsonLd = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: c.url })),
  };
  return [posting, breadcrumbs];
}
