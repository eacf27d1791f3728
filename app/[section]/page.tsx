import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentRoute } from "@/components/content/ContentRoute";
import { contentMetadata, contentRouteParams, contentView } from "@/lib/views/content-view";
import { publishedPost } from "@/lib/views/post-page";

// Root pages (content/about.md) and sections (content/companies/); the site's own routes take precedence.
export const dynamicParams = true;

export function generateStaticParams() {
  return contentRouteParams()
    .filter((s) => s.length === 1)
    .map(([section]) => ({ section }));
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contentMetadata([(await params).section]);
}

export default async function SectionPage({ params }: Props) {
  const view = await contentView([(await params).section]);
  if (!view) notFound();
  return <ContentRoute view={view} findPost={publishedPost} />;
}
