import type { Metadata } from "next";
import { JsonLd } from "@/components/layout/JsonLd";
import { MdxContent } from "@/components/mdx/MdxContent";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ContentErrorView } from "@/components/post/ContentErrorView";
import { PostArticle } from "@/components/post/PostArticle";
import { PostNeighbors } from "@/components/post/PostNeighbors";
import { RelatedEntities } from "@/components/post/RelatedEntities";
import { RelatedPosts } from "@/components/post/RelatedPosts";
import { SeriesNav } from "@/components/post/SeriesNav";
import { postPage, postPageMetadata, postPageParams, publishedPost } from "@/lib/views/post-page";
import { redirectOrNotFound, redirectParams } from "@/lib/views/redirects";

export const dynamicParams = false;
// Aliases under /posts/ are prerendered as redirects (lib/views/redirects.ts).
export const generateStaticParams = () => [...postPageParams(), ...redirectParams("posts").map(([, slug]) => ({ slug }))];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postPageMetadata((await params).slug);
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const view = await postPage(slug);
  if (!view) redirectOrNotFound(["posts", slug]);
  if (view.kind === "broken") return <ContentErrorView file={view.file} problems={view.problems} />;
  const { footer } = view;
  return (
    <>
      <JsonLd data={view.jsonLd} />
      <PostArticle post={view.header} toc={view.toc}>
        <MdxContent code={view.code} components={mdxComponents(publishedPost)} />
      </PostArticle>
      <RelatedEntities companies={view.entities.companies} people={view.entities.people} />
      <SeriesNav series={footer.series} />
      <PostNeighbors older={footer.older} newer={footer.newer} />
      <RelatedPosts posts={footer.related} />
    </>
  );
}
