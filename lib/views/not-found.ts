/** What the 404 page offers as a way back: the newest posts and the most used tags. */
import { summarize, type PostSummary, type TagRef } from "./summary";
import { getContentIndex, getPosts } from "../content/store";
import { buildTagIndex } from "../taxonomy/tags";

export function wayBack(latest = 5, tags = 12): { posts: PostSummary[]; tags: TagRef[] } {
  return {
    posts: getPosts().slice(0, latest).map(summarize),
    tags: buildTagIndex(getContentIndex().posts)
      .tags.slice(0, tags)
      .map((t) => ({ slug: t.slug, name: t.name })),
  };
}
