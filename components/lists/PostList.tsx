import type { PostSummary } from "@/lib/views/summary";
import { SaveButtons } from "../saved/SaveButtons";
import { PostCard } from "./PostCard";

/**
 * A list of post rows, with the one client island that runs their save buttons.
 * `headingLevel` 3 when the list sits under a heading of its own (an entity's 相關報導).
 */
export function PostList({ posts, headingLevel }: { posts: PostSummary[]; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p className="py-8 text-neutral-600">目前沒有文章。</p>;
  return (
    <div>
      {posts.map((p) => (
        <PostCard key={p.slug} post={p} headingLevel={headingLevel} />
      ))}
      <SaveButtons />
    </div>
  );
}
