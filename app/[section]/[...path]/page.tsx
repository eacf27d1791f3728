import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentRoute } from "@/components/content/ContentRoute";
import { contentMetadata, contentRouteParams, contentView } from "@/lib/views/content-view";
import { publishedPost } from "@/lib/views/post-page";

// A section's entries (nested folders nest the URL) and list pages (/<section>/page/N/).
export const dynamicParams = true;

export function generateStaticParams() {
  return contentRouteParams()
    .filter((s) => s.length > 1)
    .map(([section, ...path]) => ({ section, path }));
}

type Props = { params: Promise<{ section: string; path: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, path } = await params;
  return contentMetadata([section, ...path]);
}

export default async function EntryPage({ params }: Props) {
  const { section, path } = await params;
  const view = await contentView([section, ...path]);
  if (!view) notFound();
  return <ContentRoute view={view} findPost={publishedPost} />;
}
