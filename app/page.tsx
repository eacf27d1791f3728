import type { Metadata } from "next";
import { FrontPage } from "@/components/FrontPage";
import { JsonLd } from "@/components/JsonLd";
import { getFrontPage } from "@/lib/front-page";
import { homeJsonLd } from "@/lib/jsonld";
import { pageMetadata } from "@/lib/metadata";

export const metadata: Metadata = pageMetadata({ path: "/" });

export default function HomePage() {
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <FrontPage data={getFrontPage()} />
    </>
  );
}
