import type { ContentView } from "@/lib/views/content-view";
import { publishedPost } from "@/lib/views/post-page";
import { EntityArticle } from "../entities/EntityArticle";
import { SectionArticle } from "../entities/SectionArticle";
import { JsonLd } from "../layout/JsonLd";
import { MdxContent } from "../mdx/MdxContent";
import { mdxComponents } from "../mdx/mdx-components";
import { ContentPage } from "./ContentPage";

const Body = ({ body }: { body: { code: string } | null }) => (body ? <MdxContent code={body.code} components={mdxComponents(publishedPost)} /> : null);

/** A content route: a root page, a section's directory or an entity, by what the view is. */
export function ContentRoute({ view }: { view: ContentView }) {
  if (view.kind === "page") {
    return (
      <ContentPage title={view.title} description={view.description}>
        <Body body={view.body} />
      </ContentPage>
    );
  }
  if (view.kind === "section") {
    return (
      <SectionArticle view={view.view}>
        <Body body={view.body} />
      </SectionArticle>
    );
  }
  return (
    <>
      <JsonLd data={view.view.jsonLd} />
      <EntityArticle view={view.view}>
        <Body body={view.view.body} />
      </EntityArticle>
    </>
  );
}
