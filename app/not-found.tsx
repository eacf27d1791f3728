import { TagLinks } from "@/components/lists/TagLinks";
import { homeHref, postHref, tagsHref } from "@/lib/http/routes";
import { wayBack } from "@/lib/views/not-found";

export default function NotFound() {
  const { posts, tags } = wayBack();
  return (
    <section className="mx-auto max-w-3xl py-12">
      <h1 className="text-3xl font-bold">找不到這個頁面（404）</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">網址可能打錯了，或文章已經移動。可以從下面的最新文章或標籤繼續閱讀。</p>
      <p className="mt-6">
        <a href={homeHref()} className="text-sky-800 underline dark:text-sky-300">
          回到首頁看最新文章
        </a>
      </p>
      {posts.length > 0 && (
        <>
          <h2 className="mt-10 text-xl font-bold">最新文章</h2>
          <ul className="mt-3 space-y-2" data-latest-posts>
            {posts.map((p) => (
              <li key={p.slug}>
                <a href={postHref(p.slug)} className="text-sky-800 hover:underline dark:text-sky-300">
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {tags.length > 0 && (
        <>
          <h2 className="mt-10 text-xl font-bold">熱門標籤</h2>
          <div className="mt-3">
            <TagLinks tags={tags} label="熱門標籤" />
          </div>
          <p className="mt-4">
            <a href={tagsHref()} className="text-sky-800 underline dark:text-sky-300">
              所有標籤
            </a>
          </p>
        </>
      )}
    </section>
  );
}
