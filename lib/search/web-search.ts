/**
 * Search without JavaScript: a GET form to a web search engine restricted to this
 * site (Google's as_sitesearch parameter), since a static /search/ page cannot run
 * a query on the server.
 */
import { site } from "../site";

export const webSearch = {
  action: "https://www.google.com/search",
  /** Host (and path) of the site, e.g. blog.example.com. */
  site: site.baseUrl.replace(/^https?:\/\//, ""),
};
