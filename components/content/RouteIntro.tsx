import { MdxContent } from "../mdx/MdxContent";
import { mdxComponents } from "../mdx/mdx-components";

/** The intro a content file gives one of the site's own routes (content/archives/_index.md...). */
export function RouteIntro({ body, findPost }: { body: { code: string } | null; findPost: Parameters<typeof mdxComponents>[0] }) {
  if (!body) return null;
  return (
    <div className="prose prose-neutral mt-4 max-w-none dark:prose-invert prose-a:text-sky-800 dark:prose-a:text-sky-300">
      <MdxContent code={body.code} components={mdxComponents(findPost)} />
    </div>
  );
}
