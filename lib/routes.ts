/** URL builders: one place that knows the site's URL shapes (trailing slashes on). */
import { site } from "./site";
import { categorySlug } from "./taxonomy";

export const postHref = (slug: string) => `/posts/${encodeURIComponent(slug)}/`;
export const tagHref = (slug: string) => `/tags/${encodeURIComponent(slug)}/`;
export const categoryHref = (name: string) => `/categories/${encodeURIComponent(categorySlug(name))}/`;
/** The list of all posts: `/posts/`, `/posts/page/2/`, ... (`/page/N/` redirects here). */
export const postsPageHref = (page: number) => (page <= 1 ? "/posts/" : `/posts/page/${page}/`);
/** The paginated list moved from `/` to `/posts/`; kept so callers written before the move still link to it. */
export const homePageHref = postsPageHref;
/** Post slugs that would collide with list URLs under /posts/ (`/posts/page/2/`). */
export const RESERVED_POST_SLUGS: ReadonlySet<string> = new Set(["page"]);
export const absoluteUrl = (pathname: string) => `${site.baseUrl}${pathname}`;
