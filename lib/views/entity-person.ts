/** The layout of a person's page: what each field of lib/content/entity-person.ts becomes. */
import type { PageDoc } from "../content/entry";
import { placeholderOf, type LinkView } from "./entity-context";
import { formatPartialDate } from "./entity-dates";
import { record, records, safeUrl, text, textList, type TextRecord } from "./entity-fields-read";
import { socialLinks } from "./entity-social";
import type { Resolve } from "./entity-organization";
import { blocks, internal, itemsBlock, linkRow, markdownBlock, meta, plain, row, rows, urlOrText, type EntityBlock, type ItemView, type KindLayout } from "./entity-view";

export const PERSON_KEYS = [
  "name_zh", "name_en", "name_full_en", "nickname", "photo", "photo_alt", "photo_credit", "photo_source", "nationality",
  "birth_year", "birth_place", "death_year", "residence", "current_position", "current_organization", "current_org_slug",
  "description_short", "description_long", "person_type", "importance_level", "ai_domains", "ai_impact_areas",
  "key_contributions", "representative_works", "awards", "education", "career_history", "mentors", "notable_students",
  "publications", "founded_companies", "notable_quotes", "related_people", "related_companies", "social", "resources",
] as const;

const joinText = (...parts: (string | undefined)[]) => parts.filter(Boolean).join("　") || undefined;
const truthy = (v: string | undefined) => v !== undefined && !["false", "no", "0", "否"].includes(v.toLowerCase());

/** Items of a list field that have a title, built by `item`. */
function items(list: TextRecord[], titleKey: string, item: (r: TextRecord) => ItemView): ItemView[] {
  return list.filter((r) => r[titleKey]).map(item);
}

function photoCredit(f: PageDoc["fields"]): LinkView | null {
  const credit = text(f, "photo_credit");
  const source = safeUrl(text(f, "photo_source"));
  if (credit) return source ? { text: `圖片：${credit}`, href: source, external: true } : plain(`圖片：${credit}`);
  return source ? { text: "圖片來源", href: source, external: true } : null;
}

function quotesBlock(f: PageDoc["fields"]): EntityBlock | null {
  const quotes = records(f, "notable_quotes")
    .filter((q) => q.quote)
    .map((q) => ({ quote: q.quote, source: urlOrText(q.source), meta: meta(q.context, formatPartialDate(q.date)) }));
  return quotes.length > 0 ? { type: "quotes", id: "part-quotes", heading: "語錄", quotes } : null;
}

function personBlocks(f: PageDoc["fields"], resolve: Resolve): EntityBlock[] {
  const r = (key: string) => records(f, key);
  return blocks(
    markdownBlock(f, "description_long", "part-intro", "簡介"),
    { type: "body", id: "part-body" },
    itemsBlock("part-contributions", "主要貢獻", items(r("key_contributions"), "title", (c) => ({ title: plain(c.title), meta: meta(c.year), text: c.description }))),
    itemsBlock("part-works", "代表作品", items(r("representative_works"), "title", (w) => ({ title: urlOrText(w.url, w.title) ?? plain(w.title), meta: meta(w.type, w.year), text: w.description }))),
    itemsBlock("part-career", "經歷", items(r("career_history"), "organization", (c) => ({
      title: internal(c.organization, resolve(c.org_slug, "organization")),
      meta: meta(c.years, c.position, c.organization_en !== c.organization ? c.organization_en : undefined),
      text: c.description,
      highlight: truthy(c.highlight),
    })), "timeline"),
    itemsBlock("part-education", "學歷", items(r("education"), "institution", (e) => ({
      title: plain(e.institution),
      meta: meta(e.institution_en !== e.institution ? e.institution_en : undefined, e.degree, e.field, e.years),
      text: e.thesis ? `論文：${e.thesis}` : undefined,
    }))),
    itemsBlock("part-awards", "獲獎", items(r("awards"), "name", (a) => ({
      title: plain(a.name),
      meta: meta(a.year, a.issuer, a.category),
      text: joinText(a.significance, a.citation, a.shared_with ? `與${a.shared_with}共同獲獎` : undefined),
    }))),
    itemsBlock("part-founded", "創立的公司", items(r("founded_companies"), "name", (c) => ({
      title: internal(c.name, resolve(c.company_slug, "organization")),
      meta: meta(c.year, c.role, c.outcome),
      text: c.description,
    }))),
    itemsBlock("part-publications", "重要著作", items(r("publications"), "title", (p) => ({
      title: plain(p.title),
      meta: meta(p.year, p.venue, p.citations ? `被引用 ${p.citations} 次` : undefined),
      text: joinText(p.coauthors ? `合著：${p.coauthors}` : undefined, p.significance),
    }))),
    itemsBlock("part-mentors", "師承", items(r("mentors"), "name", (m) => ({ title: internal(m.name, resolve(m.people_slug, "person")), meta: meta(m.relation), text: m.note }))),
    itemsBlock("part-students", "指導的學生", items(r("notable_students"), "name", (s) => ({ title: internal(s.name, resolve(s.people_slug, "person")), meta: meta(s.current_role), text: s.achievement }))),
    quotesBlock(f),
    itemsBlock("part-resources", "延伸資源", items(r("resources"), "title", (x) => ({ title: urlOrText(x.url, x.title) ?? plain(x.title), meta: meta(x.type) }))),
  );
}

export function personLayout(doc: PageDoc, resolve: Resolve): KindLayout {
  const f = doc.fields;
  const nameEn = text(f, "name_en");
  const photo = safeUrl(text(f, "photo"));
  const org = text(f, "current_organization");
  const born = [formatPartialDate(text(f, "birth_year")), text(f, "birth_place")].filter(Boolean).join("，");
  return {
    header: {
      kind: "person",
      title: doc.title,
      names: [text(f, "name_zh"), nameEn, text(f, "name_full_en"), text(f, "nickname")].filter((n, i, all): n is string => !!n && n !== doc.title && all.indexOf(n) === i),
      description: text(f, "description_short") ?? (doc.description || undefined),
      badges: textList(f, "person_type"),
      image: photo ? { src: photo, alt: text(f, "photo_alt") ?? doc.title, credit: photoCredit(f) } : null,
      placeholder: placeholderOf(doc.title, nameEn),
      picture: "photo",
    },
    facts: rows(
      row("現職", text(f, "current_position")),
      org ? linkRow("任職於", internal(org, resolve(text(f, "current_org_slug"), "organization"))) : null,
      row("國籍", text(f, "nationality")),
      row("出生", born || undefined),
      row("逝世", formatPartialDate(text(f, "death_year"))),
      row("居住地", text(f, "residence")),
      row("AI 領域", ...textList(f, "ai_domains")),
      row("影響領域", ...textList(f, "ai_impact_areas")),
    ),
    links: socialLinks(record(f, "social")),
    blocks: personBlocks(f, resolve),
    knownKeys: PERSON_KEYS,
  };
}
