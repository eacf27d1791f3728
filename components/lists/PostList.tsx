import type { PostSummary } from "@/lib/views/summary";
import { SaveButtons } from "../saved/SaveButtons";
import { PostCard } from "./PostCard";

/** A list of post rows, with the one client island that runs their save buttons. */
export function PostList({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return <p className="py-8 text-neutral-600">目前沒有文章。</p>;
  return (
    <div>
      {posts.map((p) => (
        <PostCard key={p.slug} post={p} />
      ))}
      <SaveButtons />
    </div>
  );
}
