/** Everything the browser's search needs, as one lazily loaded chunk. */
export { postText, preload, search } from "./client";
export { highlight, snippet, type Segment } from "./snippet";
export type { SearchHit, SearchResult } from "./query";
