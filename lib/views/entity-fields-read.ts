/**
 * Safe reads of an entity's normalised `fields` (lib/content/entity-*.ts): whatever
 * shape a value turns out to have, these give text, lists of text or lists of records
 * of text, or nothing, and never throw. The layouts read fields only through here.
 */
import type { EntityRef } from "../content/entry";

export type Fields = Record<string, unknown>;
/** One item of a list of objects, each field as text (empty ones absent). */
export type TextRecord = Record<string, string>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A scalar as text: strings trimmed, numbers and dates written out; anything else (or "") is undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  return undefined;
}

export function text(fields: Fields, key: string): string | undefined {
  return asText(fields[key]);
}

/** A list of text; a lone value is a one-item list. */
export function textList(fields: Fields, key: string): string[] {
  const value = fields[key];
  const items = Array.isArray(value) ? value : [value];
  return items.map(asText).filter((s): s is string => s !== undefined);
}

/** An object of text fields (true/false as "true"/"false"), or undefined when it has none. */
export function asRecord(value: unknown): TextRecord | undefined {
  if (!isRecord(value)) return undefined;
  const out: TextRecord = {};
  for (const [k, v] of Object.entries(value)) {
    const s = typeof v === "boolean" ? String(v) : asText(v);
    if (s !== undefined) out[k] = s;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function record(fields: Fields, key: string): TextRecord | undefined {
  return asRecord(fields[key]);
}

/** A list of objects of text fields; items without any field are dropped. */
export function records(fields: Fields, key: string): TextRecord[] {
  const value = fields[key];
  const items = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
  return items.map(asRecord).filter((r): r is TextRecord => r !== undefined);
}

/** Links to other entities: `{slug, relation}` objects or bare slugs. */
export function refs(fields: Fields, key: string): EntityRef[] {
  const value = fields[key];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: EntityRef[] = [];
  for (const item of items) {
    const slug = isRecord(item) ? asText(item.slug) : asText(item);
    if (!slug) continue;
    const relation = isRecord(item) ? asText(item.relation) : undefined;
    out.push(relation ? { slug, relation } : { slug });
  }
  return out;
}

/** An http(s) URL or a site path (`/images/x.png`, never `//host`); anything else is not a link. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^https?:\/\/[^\s/]+/i.test(value)) return value;
  if (/^\/(?!\/)/.test(value) && !/\s/.test(value)) return value;
  return undefined;
}

/** A number written as text ("37.5", "121.56"), or undefined. */
export function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value);
}

/**
 * Any value as lines a reader can follow, for fields no layout knows: a list gives a
 * line per item, an object `鍵：值` pairs, true/false 是/否; what nests deeper is written inline.
 */
export function describeValue(value: unknown): string[] {
  const scalar = asText(value);
  if (scalar !== undefined) return [scalar];
  if (typeof value === "boolean") return [value ? "是" : "否"];
  if (Array.isArray(value)) return value.flatMap((item) => (Array.isArray(item) ? [inline(item)] : isRecord(item) ? [inline(item)] : describeValue(item)));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => describeValue(v).map((line) => `${k}：${line}`));
  return [];
}

function inline(value: unknown): string {
  const scalar = asText(value);
  if (scalar !== undefined) return scalar;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.map(inline).filter(Boolean).join("、");
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => [k, inline(v)] as const)
      .filter(([, v]) => v !== "")
      .map(([k, v]) => `${k}：${v}`)
      .join("；");
  }
  return value === null || value === undefined ? "" : JSON.stringify(value);
}
