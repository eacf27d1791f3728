import { describe, expect, it } from "vitest";
import { parseEntityFields } from "../lib/content/entity-fields";
import { ORGANIZATION_FIELDS } from "../lib/content/entity-organization";
import { splitFrontMatter } from "../lib/content/frontmatter";
import { relatedByPost, syntheticEntities, type SyntheticEntityFile } from "./synthetic-entities";

/** The fields every content file has, which the entries index strips before the kind's schema. */
const COMMON = ["title", "description", "slug", "url", "draft", "weight", "aliases", "date", "lastmod", "type", "kind", "layout", "summary"];
const POSTS = Array.from({ length: 30 }, (_, i) => `post-${i + 1}`);
const NOW = new Date("2026-01-27T12:00:00+08:00");

function read(f: SyntheticEntityFile) {
  const data = splitFrontMatter(f.source).data;
  for (const k of COMMON) delete data[k];
  return parseEntityFields(f.kind, data);
}

describe("syntheticEntities", () => {
  const files = syntheticEntities({ organizations: 800, people: 40, events: 40, seed: 7, now: NOW, postSlugs: POSTS });
  const entries = files.filter((f) => f.slug !== "_index");
  const parsed = new Map(entries.map((f) => [f.path, read(f)]));
  const of = (section: string) => entries.filter((f) => f.section === section);

  it("is deterministic for a seed", () => {
    const again = syntheticEntities({ organizations: 800, people: 40, events: 40, seed: 7, now: NOW, postSlugs: POSTS });
    expect(again).toEqual(files);
    expect(syntheticEntities({ organizations: 800, seed: 8, now: NOW })[3].source).not.toBe(files[3].source);
  });

  it("gives each section its page and the entries asked for, with unique slugs", () => {
    expect(files.filter((f) => f.slug === "_index").map((f) => [f.path, splitFrontMatter(f.source).data.kind])).toEqual([
      ["companies/_index.md", "organization"],
      ["people/_index.md", "person"],
      ["events/_index.md", "event"],
    ]);
    expect([of("companies").length, of("people").length, of("events").length]).toEqual([800, 40, 40]);
    for (const f of entries) expect(f.path).toBe(`${f.section}/${f.slug}.md`);
    expect(new Set(entries.map((f) => f.path)).size).toBe(entries.length);
  });

  it("reads without a single problem or unknown field", () => {
    for (const [path, r] of parsed) {
      expect(r.problems, path).toEqual([]);
      expect(r.extra, path).toEqual({});
    }
  });

  it("fills few organization fields in most files, every one in some", () => {
    const few = new Set(["name_en", "country", "category_primary", "status", "website"]);
    const companies = of("companies").map((f) => parsed.get(f.path)!.fields);
    const minimal = companies.filter((c) => Object.keys(c).every((k) => few.has(k)));
    expect(minimal.length / companies.length).toBeCloseTo(0.8, 1);
    const full = companies.filter((c) => Object.keys(ORGANIZATION_FIELDS).every((k) => k in c));
    expect(full.length).toBeGreaterThanOrEqual(20);
    expect(companies.some((c) => typeof c.total_funding === "string" && /^\d{19}$/.test(c.total_funding))).toBe(true);
  });

  it("gives people rich nested lists, linking to companies and people that exist", () => {
    const orgSlugs = new Set(of("companies").map((f) => f.slug));
    const peopleSlugs = new Set(of("people").map((f) => f.slug));
    const people = of("people").map((f) => parsed.get(f.path)!.fields);
    const rich = people.filter((p) => ["education", "career_history", "publications", "representative_works"].every((k) => Array.isArray(p[k])));
    expect(rich.length).toBeGreaterThanOrEqual(30);
    for (const p of people) {
      for (const ref of (p.related_companies ?? []) as { slug: string }[]) expect(orgSlugs.has(ref.slug)).toBe(true);
      for (const ref of (p.related_people ?? []) as { slug: string }[]) expect(peopleSlugs.has(ref.slug)).toBe(true);
      for (const c of (p.career_history ?? []) as { org_slug?: string }[]) expect(orgSlugs.has(c.org_slug!)).toBe(true);
    }
  });

  it("spreads events before and after now, over days and years", () => {
    const events = of("events").map((f) => parsed.get(f.path)!.fields as { date_start: string; date_end?: string });
    const today = "2026-01-27";
    const day = (d: string) => d.slice(0, 10);
    const past = events.filter((e) => day(e.date_end ?? e.date_start) < today);
    const upcoming = events.filter((e) => day(e.date_start) > today);
    expect(past.length).toBeGreaterThanOrEqual(12);
    expect(upcoming.length).toBeGreaterThanOrEqual(12);
    expect(events.filter((e) => !["2025", "2026"].includes(e.date_start.slice(0, 4))).length).toBeGreaterThanOrEqual(4);
    expect(events.some((e) => e.date_end && day(e.date_end) > day(e.date_start))).toBe(true);
    expect(events.some((e) => e.date_end && e.date_end.slice(0, 4) > e.date_start.slice(0, 4))).toBe(true);
    expect(events.some((e) => e.date_start.includes("T"))).toBe(true);
    expect(events.some((e) => e.date_start.length === 7)).toBe(true);
  });

  it("mixes in the variant forms the schema folds", () => {
    const all = entries.map((f) => f.source).join("\n");
    for (const form of ["\nenglish_name:", "\nbirthplace:", "\nstart_date:", '"@', "\n    slug:", 'tags: "', "    highlight: true", "venue_coordinates: \"", "related_people: \""]) {
      expect(all, form).toContain(form);
    }
    expect(all).toMatch(/\nrelated_companies: \["[a-z]/);
    expect(all).toMatch(/\nrelated_companies:\n {2}- slug:/);
    expect(all).toMatch(/\n# key_people:/);
  });

  it("relates entries to the posts given, so posts can point back", () => {
    const linked = entries.filter((f) => f.posts.length);
    expect(linked.length).toBeGreaterThan(100);
    for (const f of linked) for (const p of f.posts) expect(POSTS).toContain(p);
    const byPost = relatedByPost(files);
    const [post, rel] = [...byPost].find(([, r]) => r.related_companies.length && r.related_people.length)!;
    for (const slug of rel.related_companies) expect(files.find((f) => f.slug === slug && f.kind === "organization")!.posts).toContain(post);
    const full = linked.find((f) => f.section === "companies" && f.source.includes("## 相關報導"))!;
    expect(full.source).toContain(`(/posts/${full.posts[0]}/)`);
    expect(syntheticEntities({ organizations: 5, people: 0, events: 2 }).every((f) => f.posts.length === 0)).toBe(true);
  });
});
