import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import { SavedPosts } from "@/components/saved/SavedPosts";

export const metadata: Metadata = {
  ...pageMetadata({ title: "稍後閱讀", description: "你在這個瀏覽器裡儲存、準備稍後閱讀的文章。", path: "/reading-list/" }),
  // Each reader's list is private to their browser: nothing for search engines.
  robots: { index: false },
};

export default function SavedPostsPage() {
  return (
    <section>
      <h1 className="text-2xl font-bold">稍後閱讀</h1>
      <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">清單只存在這個瀏覽器裡，不需要帳號。</p>
      <SavedPosts />
    </section>
  );
}
