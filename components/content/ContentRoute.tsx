import type { ContentView } from "@/lib/views/content-view";
import { EntityArticle } from "../entities/EntityArticle";
import { SectionArticle } from "../entities/SectionArticle";
import { JsonLd } from "../layout/JsonLd";
import { MdxContent } from "../mdx/MdxContent";
import { mdxComponents } from "../mdx/mdx-components";
import { ContentPage } from "./ContentPage";

type FindPost = Parameters<typeof mdxComponents>[0];

function Body({ body, findPost }: { body: { code: string } | null; findPost: FindPost }) {
  return body ? <MdxContent code={body.code} components={mdxComponents(findPost)} /> : null;
}

/** A content route: a root page, a section's directory or an entity, by what the view is. */
export function ContentRoute({ view, findPost }: { view: ContentView; findPost: FindPost }) {
  if (view.kind === "page") {
    return (
      <ContentPage title={view.title} description={view.description}>
        <Body body={view.body} findPost={findPost} />
      </ContentPage>
    );
  }
  if (view.kind === "section") {
    return (
      <SectionArticle view={view.view}>
        <Body body={view.body} findPost={findPost} />
      </SectionArticle>
    );
  }
  return (
    <>
      <JsonLd data={view.view.jsonLd} />
      <EntityArticle view={view.view}>
        <Body body={view.view.body} findPost={findPost} />
      </EntityArticle>
    </>
  );
}
