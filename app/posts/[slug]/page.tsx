import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentErrorView } from "@/components/post/ContentErrorView";
import { JsonLd } from "@/components/layout/JsonLd";
import { MdxContent } from "@/components/mdx/MdxContent";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { PostArticle } from "@/components/post/PostArticle";
import { PostNeighbors } from "@/components/post/PostNeighbors";
import { RelatedPosts } from "@/components/post/RelatedPosts";
import { SeriesNav } from "@/components/post/SeriesNav";
import { ContentError } from "@/lib/content/errors";
import { shouldShowToc } from "@/lib/render/headings";
import { compilePost, type CompiledPost } from "@/lib/render/compile";
import { postDiscoveryData } from "@/lib/views/post-footer";
import { postJsonLd } from "@/lib/seo/jsonld";
import { postMetadata } from "@/lib/seo/metadata";
import { decodeSegment } from "@/lib/http/params";
import { postHeaderData } from "@/lib/views/post-page";
import { getBrokenPost, getContentIndex, getPost, getPosts } from "@/lib/content/store";
import { isDev } from "@/lib/content/environment";

export const dynamicParams = false;

export function generateStaticParams() {
  const index = getContentIndex();
  const slugs = getPosts().map((p) => p.slug);
  // In dev a broken post still gets its page, which explains the error.
  if (isDev()) slugs.push(...index.broken.map((b) => b.slug));
  return slugs.map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = decodeSegment((await params).slug);
  const post = slug === null ? undefined : getPost(slug);
  if (!post) return {};
  return postMetadata(post);
}

export default async function PostPage({ params }: Props) {
  const slug = decodeSegment((await params).slug);
  if (slug === null) notFound();
  const post = getPost(slug);
  if (!post) {
    const broken = isDev() ? getBrokenPost(slug) : undefined;
    if (broken) return <ContentErrorView file={broken.file} diagnostics={broken.diagnostics} />;
    notFound();
  }
  let compiled: CompiledPost;
  try {
    compiled = await compilePost(post);
  } catch (e) {
    if (isDev() && e instanceof ContentError) return <ContentErrorView file={post.source.file} diagnostics={e.diagnostics} />;
    throw e;
  }
  const more = postDiscoveryData(post);
  return (
    <>
      <JsonLd data={postJsonLd(post)} />
      <PostArticle post={postHeaderData(post)} toc={shouldShowToc(compiled.headings) ? compiled.headings : undefined}>
        <MdxContent code={compiled.code} components={mdxComponents(getPost)} />
      </PostArticle>
      <SeriesNav series={more.series} />
      <PostNeighbors older={more.older} newer={more.newer} />
      <RelatedPosts posts={more.related} />
    </>
  );
}
