import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/JsonLd";
import { MdxContent } from "@/components/mdx/MdxContent";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ContentErrorView } from "@/components/post/ContentErrorView";
import { PreviewBanner } from "@/components/post/PreviewBanner";
import { PostArticle } from "@/components/post/PostArticle";
import { PostNeighbors } from "@/components/post/PostNeighbors";
import { RelatedEntities } from "@/components/post/RelatedEntities";
import { RelatedPosts } from "@/components/post/RelatedPosts";
import { SeriesNav } from "@/components/post/SeriesNav";
import { postPage, postPageMetadata, postPageParams, publishedPost } from "@/lib/views/post-page";

export const dynamicParams = true;
export const generateStaticParams = postPageParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postPageMetadata((await params).slug, (await draftMode()).isEnabled);
}

export default async function PostPage({ params }: Props) {
  // Draft mode (a preview link, lib/publish/preview.ts) renders per request, drafts included.
  const preview = (await draftMode()).isEnabled;
  const view = await postPage((await params).slug, preview);
  if (!view) notFound();
  if (view.kind === "broken") return <ContentErrorView file={view.file} problems={view.problems} />;
  const { footer } = view;
  return (
    <>
      {preview && <PreviewBanner />}
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
