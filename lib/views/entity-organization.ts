/** The layout of an organization's page: what each field of lib/content/entity-organization.ts becomes. */
import type { PageDoc, SectionKind } from "../content/entry";
import { placeholderOf } from "./entity-context";
import { formatPartialDate } from "./entity-dates";
import { record, records, safeUrl, text, textList, type TextRecord } from "./entity-fields-read";
import { socialLinks, websiteLink } from "./entity-social";
import {
  blocks,
  chipsBlock,
  internal,
  itemsBlock,
  linkRow,
  markdownBlock,
  meta,
  plain,
  row,
  rows,
  urlOrText,
  type EntityBlock,
  type ItemView,
  type KindLayout,
} from "./entity-view";

export type Resolve = (slug: string | undefined, kind: SectionKind) => string | null;

export const ORGANIZATION_KEYS = [
  "name_en", "name_zh", "logo", "founded", "headquarters", "country", "city", "website", "description_short",
  "description_long", "category_primary", "category_secondary", "tags", "status", "stock_ticker", "latest_valuation",
  "total_funding", "latest_round", "latest_round_amount", "latest_round_date", "funding_rounds", "investors", "products",
  "business_model", "target_industries", "founders", "current_ceo", "employee_count", "key_people", "milestones", "social",
  "taiwan_relevance", "data_sources", "last_updated",
  // Shown by the graph's list of what the entity names (lib/taxonomy/entity-graph.ts).
  "related_companies", "related_people",
] as const;

const STATUS: Record<string, string> = { private: "未上市", public: "上市公司", acquired: "已被收購", defunct: "已停止營運" };

/** 未上市, 上市公司, ...; a status the schema does not know is shown as written. */
export const organizationStatus = (status: string | undefined) => (status ? (STATUS[status.toLowerCase()] ?? status) : undefined);

/** People with a role, linked to their page when `people_slug` names one. */
export function peopleItems(list: TextRecord[], resolve: Resolve): ItemView[] {
  return list
    .filter((p) => p.name)
    .map((p) => ({ title: internal(p.name, resolve(p.people_slug, "person")), meta: meta(p.role) }));
}

function fundingBlock(fields: PageDoc["fields"]): EntityBlock | null {
  const rounds = records(fields, "funding_rounds");
  if (rounds.length === 0) return null;
  const columns = [
    { key: "round", label: "輪次" },
    { key: "date", label: "日期" },
    { key: "amount", label: "金額" },
    { key: "lead_investor", label: "領投" },
    { key: "valuation", label: "估值" },
  ].filter((c) => rounds.some((r) => r[c.key]));
  return {
    type: "table",
    id: "part-funding",
    heading: "募資歷程",
    columns: columns.map((c) => c.label),
    rows: rounds.map((r) => columns.map((c) => plain((c.key === "date" ? formatPartialDate(r.date) : r[c.key]) ?? "—"))),
  };
}

function productItems(fields: PageDoc["fields"]): ItemView[] {
  return records(fields, "products")
    .filter((p) => p.name)
    .map((p) => ({ title: urlOrText(p.url, p.name) ?? plain(p.name), meta: [], text: p.description }));
}

export function organizationLayout(doc: PageDoc, resolve: Resolve): KindLayout {
  const f = doc.fields;
  const [nameEn, nameZh] = [text(f, "name_en"), text(f, "name_zh")];
  const logo = safeUrl(text(f, "logo"));
  const round = [text(f, "latest_round"), text(f, "latest_round_amount"), formatPartialDate(text(f, "latest_round_date"))].filter(Boolean).join(" · ");
  const ceo = text(f, "current_ceo");
  const ceoHref = ceo ? (peopleItems(records(f, "key_people"), resolve).find((p) => p.title.text === ceo)?.title.href ?? null) : null;
  const milestones = records(f, "milestones")
    .filter((m) => m.event)
    .map((m) => ({ title: plain(m.event), meta: meta(formatPartialDate(m.date)) }));
  const investors = records(f, "investors")
    .filter((i) => i.name)
    .map((i) => ({ title: plain(i.name), meta: meta(i.type) }));
  const sources = textList(f, "data_sources").map((s) => ({ title: urlOrText(s)!, meta: [] }));

  return {
    header: {
      kind: "organization",
      title: doc.title,
      names: [nameZh, nameEn].filter((n): n is string => !!n && n !== doc.title),
      description: text(f, "description_short") ?? (doc.description || undefined),
      badges: meta(organizationStatus(text(f, "status")), text(f, "category_primary")),
      image: logo ? { src: logo, alt: `${doc.title} 標誌`, credit: null } : null,
      placeholder: placeholderOf(doc.title, nameEn),
      picture: "logo",
    },
    facts: rows(
      row("成立", formatPartialDate(text(f, "founded"))),
      row("總部", text(f, "headquarters") ?? text(f, "city")),
      row("國家／地區", text(f, "country")),
      row("類別", text(f, "category_primary"), ...textList(f, "category_secondary")),
      row("狀態", organizationStatus(text(f, "status"))),
      row("股票代號", text(f, "stock_ticker")),
      ceo ? linkRow("執行長", internal(ceo, ceoHref)) : null,
      row("員工人數", text(f, "employee_count")),
      row("最新估值", text(f, "latest_valuation")),
      row("累計募資", text(f, "total_funding")),
      row("最近一輪", round || undefined),
      linkRow("官方網站", websiteLink(text(f, "website"))),
      row("標籤", ...textList(f, "tags")),
      row("資料更新", formatPartialDate(text(f, "last_updated"))),
    ),
    links: socialLinks(record(f, "social")),
    blocks: blocks(
      markdownBlock(f, "description_long", "part-intro", "簡介"),
      { type: "body", id: "part-body" },
      itemsBlock("part-products", "產品與服務", productItems(f)),
      markdownBlock(f, "business_model", "part-business", "商業模式"),
      chipsBlock("part-industries", "目標產業", textList(f, "target_industries")),
      itemsBlock("part-founders", "創辦人", peopleItems(records(f, "founders"), resolve)),
      itemsBlock("part-people", "主要成員", peopleItems(records(f, "key_people"), resolve)),
      fundingBlock(f),
      itemsBlock("part-investors", "投資人", investors),
      itemsBlock("part-milestones", "大事記", milestones, "timeline"),
      markdownBlock(f, "taiwan_relevance", "part-taiwan", "與台灣的關係"),
      itemsBlock("part-sources", "資料來源", sources),
    ),
    knownKeys: ORGANIZATION_KEYS,
  };
}
