import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { formatDiagnostic } from "../content/errors";
import { contentFolder } from "../test-helpers";
import { buildEntityGraph } from "./entity-graph";

describe("the graph between posts and entities", () => {
  const dir = contentFolder({
    "posts/new.md": "---\ntitle: 新\ndate: 2026-02-01\nrelated_companies: [openai, nope]\nrelated_people:\n  - { slug: sam, relation: CEO }\n---\n",
    "posts/old.md": "---\ntitle: 舊\ndate: 2026-01-01\nrelated_companies: openai\n---\n",
    "companies/openai.md": "---\ntitle: OpenAI\nkey_people:\n  - { name: Sam Altman, role: CEO, people_slug: sam }\n  - { name: 無頁面, role: 顧問, people_slug: ghost }\n---\n",
    "companies/anthropic.md": "---\ntitle: Anthropic\n---\n",
    "people/sam.md": "---\ntitle: Sam Altman\ncurrent_org_slug: openai\ncurrent_organization: OpenAI\ncurrent_position: CEO\n---\n",
  });
  const posts = loadContentIndex({ dir: path.join(dir, "posts"), includeDrafts: false, buildFuture: true });
  const entries = loadEntriesIndex({ dir, includeDrafts: false });
  const graph = buildEntityGraph(posts.posts, entries);
  const doc = (href: string) => entries.byHref.get(href)!;

  it("lists the posts that name an entity, newest first", () => {
    expect(graph.postsAbout(doc("/companies/openai/")).map((p) => p.slug)).toEqual(["new", "old"]);
    expect(graph.postsAbout(doc("/people/sam/")).map((p) => p.slug)).toEqual(["new"]);
    expect(graph.postsAbout(doc("/companies/anthropic/"))).toEqual([]);
  });

  it("links a post's slugs (bare or {slug, relation}) to entity pages, and an unknown one to nothing", () => {
    const { companies, people } = graph.entitiesOfPost(posts.bySlug.get("new")!);
    expect(companies).toEqual([
      { slug: "openai", label: "OpenAI", href: "/companies/openai/" },
      { slug: "nope", label: "nope", href: null },
    ]);
    expect(people).toEqual([{ slug: "sam", label: "Sam Altman", href: "/people/sam/" }]);
  });

  it("follows what an entity names: key people, current organisation", () => {
    expect(graph.linksOf(doc("/companies/openai/"))).toEqual([
      { slug: "sam", label: "Sam Altman", relation: "CEO", href: "/people/sam/" },
      { slug: "ghost", label: "無頁面", relation: "顧問", href: null },
    ]);
    expect(graph.linksOf(doc("/people/sam/"))).toEqual([{ slug: "openai", label: "OpenAI", relation: "CEO", href: "/companies/openai/" }]);
  });

  it("warns of each unknown slug with its file and line", () => {
    expect(graph.diagnostics.map((d) => formatDiagnostic(d).split(dir + path.sep).join(""))).toEqual([
      expect.stringMatching(/^posts\/new\.md:4 related_companies: names the company "nope", which has no page here/),
      expect.stringMatching(/^companies\/openai\.md:3 key_people: names the person "ghost", which has no page here/),
    ]);
  });
});
