/** URL builders: one place that knows the site's URL shapes (trailing slashes on). */
import { site } from "./site";
import { categorySlug } from "./taxonomy";

export const postHref = (slug: string) => `/posts/${encodeURIComponent(slug)}/`;
export const tagHref = (slug: string) => `/tags/${encodeURIComponent(slug)}/`;
export const categoryHref = (name: string) => `/categories/${encodeURIComponent(categorySlug(name))}/`;
export const homePageHref = (page: number) => (page <= 1 ? "/" : `/page/${page}/`);
export const absoluteUrl = (pathname: string) => `${site.baseUrl}${pathname}`;
export const tagPageHref = (slug: string, page: number) => (page <= 1 ? tagHref(slug) : `${tagHref(slug)}page/${page}/`);
export const categorySlugHref = (slug: string) => `/categories/${encodeURIComponent(slug)}/`;
export const categoryPageHref = (slug: string, page: number) =>
  page <= 1 ? categorySlugHref(slug) : `${categorySlugHref(slug)}page/${page}/`;
export const archivesHref = () => "/archives/";
