import { MdxContent } from "../mdx/MdxContent";
import { mdxComponents } from "../mdx/mdx-components";

/** The intro a content file gives one of the site's own routes (content/archives/_index.md...). */
export function RouteIntro({ body }: { body: { code: string } | null }) {
  if (!body) return null;
  return (
    <div className="prose prose-neutral mt-4 max-w-none dark:prose-invert prose-a:text-sky-800 dark:prose-a:text-sky-300">
      <MdxContent code={body.code} components={mdxComponents(() => undefined)} />
    </div>
  );
}
