import type { Metadata } from "next";
import { FrontPage } from "@/components/front-page/FrontPage";
import { JsonLd } from "@/components/layout/JsonLd";
import { getFrontPage } from "@/lib/views/front-page";
import { homeJsonLd } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({ path: "/" });

export default function HomePage() {
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <FrontPage data={getFrontPage()} />
    </>
  );
}
