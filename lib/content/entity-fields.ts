/**
 * The fields of entity files (companies, people, events), read by their section's kind.
 * Each kind's module (entity-organization.ts, entity-person.ts, entity-event.ts) lists
 * its fields as data, a FieldSpec, with the other names authors write for them; this
 * module reads a file's front matter against it: known fields normalised into `fields`,
 * the rest kept as written in `extra`, and the problems found, worded by the catalogue
 * (messages.ts, "entity fields"). The kind modules import only types from here.
 *
 * The rules, for every kind (real files are templates with most fields left blank):
 * - empty ("", null, [], {}, a set of fields all empty, list items all empty) is absent,
 *   silently; so is a flag that is false;
 * - text takes a number as its digits (2015 -> "2015"; the loader gives a 19-digit
 *   number as its exact digits) and a list of texts joined with 、 (Markdown: as a list);
 * - a list takes a bare value as a one-item list; a list of items takes a bare value as
 *   an item with only its main field (investors: [Microsoft] -> [{ name: "Microsoft" }]),
 *   and one set of fields as a one-item list;
 * - dates are YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is given (2025/3/14
 *   and 2025年3月14日 are read too); "datetime" fields keep a time as
 *   YYYY-MM-DDTHH:MM[:SS][Z|+08:00], the form parseDate (dates.ts) reads;
 * - URLs are http(s) only, as they become links; images may also be a site path (/...);
 * - slugs (links to other entries) are one path segment.
 * Errors are values that cannot be shown safely or truthfully: an unreadable date, a
 * link that is not http(s), a slug that cannot be a link. A value whose shape cannot be
 * read is a warning and is not shown; unknown top-level fields are not reported here
 * (the caller reports each once per section), unknown fields of items are.
 */
import type { Severity } from "./errors";
import type { EntityFields, EntityRef, SectionKind } from "./entry";
import { EVENT, type EventFields } from "./entity-event";
import { ORGANIZATION, type OrganizationFields } from "./entity-organization";
import { PERSON, type PersonFields } from "./entity-person";
import { problem, type Problem } from "./messages";

export type { EventFields, OrganizationFields, PersonFields };

/** How one value is read (see the module comment). */
export type Scalar =
  | "text"
  | "markdown"
  | "date"
  | "datetime"
  | "url"
  | "image"
  | "slug"
  | "number"
  | "flag"
  | "list"
  | "tags"
  | "refs"
  | "coordinates"
  | "twitter"
  | "github";
/** Other names authors write for fields: variant -> the field's name. */
export type Aliases = Readonly<Record<string, string>>;
/** Text that is one of a few values (matched without case); others are kept, with a warning. */
export interface OneOf {
  readonly oneOf: readonly string[];
  /** Other words for the values: "上市" -> "public". */
  readonly synonyms?: Aliases;
}
/** A list of items with fields; `key` is the field a bare value fills. */
export interface Items {
  readonly items: FieldSpec;
  readonly key: string;
  readonly aliases?: Aliases;
}
/** One set of fields (social links). */
export interface Group {
  readonly group: FieldSpec;
  readonly aliases?: Aliases;
}
export type FieldType = Scalar | OneOf | Items | Group;
export type FieldSpec = { readonly [field: string]: FieldType };

export interface Coordinates {
  lat: number;
  lng: number;
}

type ValueOf<T> = T extends "number"
  ? number
  : T extends "flag"
    ? boolean
    : T extends "list" | "tags"
      ? string[]
      : T extends "refs"
        ? EntityRef[]
        : T extends "coordinates"
          ? Coordinates
          : T extends { oneOf: readonly (infer O extends string)[] }
            ? O | (string & {})
            : T extends { items: infer S extends FieldSpec }
              ? FieldsOf<S>[]
              : T extends { group: infer S extends FieldSpec }
                ? FieldsOf<S>
                : string;

/** The normalised value of each field of a spec; every one is optional (absent when empty). */
export type FieldsOf<S extends FieldSpec> = { -readonly [K in keyof S]?: ValueOf<S[K]> };

export type Report = (severity: Severity, field: string, problem: Problem) => void;

export interface KindSchema {
  fields: FieldSpec;
  /** Other names of top-level fields, folded to the field. */
  aliases: Aliases;
  /** Checks across fields, once they are read. */
  check?: (fields: EntityFields, report: Report) => void;
}

export interface FieldProblem {
  severity: "error" | "warning";
  /** The field's path as written: status, funding_rounds.0.date, social.twitter. */
  field: string;
  problem: Problem;
}

/** Each kind's fields, for layouts: `doc.fields as KindFields[typeof doc.kind]`. */
export interface KindFields {
  organization: OrganizationFields;
  person: PersonFields;
  event: EventFields;
  generic: Record<string, never>;
}

const SCHEMAS: Record<Exclude<SectionKind, "generic">, KindSchema> = { organization: ORGANIZATION, person: PERSON, event: EVENT };

interface Ctx {
  report: Report;
  /** Unknown fields of items already reported, once per field and name. */
  warned: Set<string>;
}

type Shape = "text" | "number" | "boolean" | "list" | "object";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** "", null, [], {} and sets of fields whose values are all empty. */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.every(isBlank);
  if (isRecord(v)) return Object.values(v).every(isBlank);
  return false;
}

function shapeOf(v: unknown): Shape {
  if (Array.isArray(v)) return "list";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number" || typeof v === "bigint") return "number";
  return typeof v === "string" ? "text" : "object";
}

/** A string, trimmed, or a number's digits; undefined for anything else. */
function scalarText(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim();
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function wrongShape(ctx: Ctx, path: string, v: unknown, expected: Parameters<typeof problem<"entity-wrong-shape">>[3]): undefined {
  ctx.report("warning", path, problem("entity-wrong-shape", path, shapeOf(v), expected));
  return undefined;
}

function readText(v: unknown, path: string, ctx: Ctx, markdown: boolean): string | undefined {
  // Markdown keeps its indentation; only blank lines before it and space after it go.
  if (typeof v === "string" && markdown) return v.replace(/^(?:[ \t]*\n)+/, "").trimEnd() || undefined;
  const s = scalarText(v);
  if (s !== undefined) return s || undefined;
  if (Array.isArray(v)) {
    const parts = v.filter((x) => !isBlank(x)).map(scalarText);
    if (parts.every((p) => p !== undefined)) return (markdown ? parts.map((p) => `- ${p}`).join("\n") : parts.join("、")) || undefined;
  }
  return wrongShape(ctx, path, v, "text");
}

function readList(v: unknown, path: string, ctx: Ctx, splitCommas: boolean): string[] | undefined {
  if (isRecord(v) || typeof v === "boolean") return wrongShape(ctx, path, v, "list");
  const items = Array.isArray(v) ? v : splitCommas && typeof v === "string" ? v.split(/[,，、]/) : [v];
  const out: string[] = [];
  items.forEach((item, i) => {
    if (isBlank(item)) return;
    const s = scalarText(item);
    if (s === undefined) wrongShape(ctx, Array.isArray(v) ? `${path}.${i}` : path, item, "text");
    else if (!out.includes(s)) out.push(s);
  });
  return out.length ? out : undefined;
}

const SLUG = /^(?!\.{1,2}$)[^/\\?#%\s.][^/\\?#%\s]*$/u;

function readSlug(v: unknown, path: string, ctx: Ctx): string | undefined {
  const s = scalarText(v);
  if (s === undefined) return wrongShape(ctx, path, v, "text");
  if (SLUG.test(s)) return s;
  ctx.report("error", path, problem("entity-slug-invalid", path, s));
  return undefined;
}

/** A list of slugs, of `{slug, relation}` items, or both; a bare slug or a comma string is a list too. */
function readRefs(v: unknown, path: string, ctx: Ctx): EntityRef[] | undefined {
  if (typeof v === "boolean") return wrongShape(ctx, path, v, "refs");
  const items = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,，、]/) : [v];
  const out: EntityRef[] = [];
  items.forEach((item, i) => {
    const at = Array.isArray(v) ? `${path}.${i}` : path;
    if (isBlank(item)) return;
    let ref: EntityRef | undefined;
    if (isRecord(item)) {
      for (const key of Object.keys(item)) if (key !== "slug" && key !== "relation") unknownSubfield(ctx, at, key, ["slug", "relation"]);
      if (isBlank(item.slug)) {
        ctx.report("warning", at, problem("entity-ref-no-slug", at));
        return;
      }
      const slug = readSlug(item.slug, `${at}.slug`, ctx);
      const relation = isBlank(item.relation) ? undefined : readText(item.relation, `${at}.relation`, ctx, false);
      if (slug) ref = relation ? { slug, relation } : { slug };
    } else {
      const slug = readSlug(item, at, ctx);
      if (slug) ref = { slug };
    }
    if (!ref) return;
    const seen = out.find((r) => r.slug === ref.slug);
    if (!seen) out.push(ref);
    else if (!seen.relation && ref.relation) seen.relation = ref.relation;
  });
  return out.length ? out : undefined;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(v.trim())) return Number(v.trim());
  return undefined;
}

const TRUE = new Set(["true", "yes", "1", "是"]);
const FALSE = new Set(["false", "no", "0", "否"]);

function readFlag(v: unknown, path: string, ctx: Ctx): true | undefined {
  if (typeof v === "boolean") return v || undefined;
  const s = scalarText(v)?.toLowerCase();
  if (s !== undefined && TRUE.has(s)) return true;
  if (s !== undefined && FALSE.has(s)) return undefined;
  return wrongShape(ctx, path, v, "flag");
}

/** { lat, lng } (also latitude/longitude, lon/long), [lat, lng] or "lat, lng". */
function readCoordinates(v: unknown, path: string, ctx: Ctx): Coordinates | undefined {
  let pair: unknown[] = [];
  if (typeof v === "string") pair = v.split(/[,，\s]+/).filter(Boolean);
  else if (Array.isArray(v)) pair = v;
  else if (isRecord(v)) pair = [v.lat ?? v.latitude, v.lng ?? v.lon ?? v.long ?? v.longitude];
  const [lat, lng] = pair.length === 2 ? pair.map(toNumber) : [];
  if (lat === undefined || lng === undefined) return wrongShape(ctx, path, v, "coordinates");
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    ctx.report("warning", path, problem("entity-coordinates-range", path, lat, lng));
    return undefined;
  }
  return { lat, lng };
}

const DATE = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/;
const ZH_DATE = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const pad = (n: number) => String(n).padStart(2, "0");

/** A date as YYYY-MM-DD, YYYY-MM or YYYY; with `withTime`, a time written after it is kept. */
function readDate(v: unknown, path: string, ctx: Ctx, withTime: boolean): string | undefined {
  if (Array.isArray(v) && v.length === 1) return readDate(v[0], path, ctx, withTime);
  // A YAML float (2024.10 is 2024.1) has lost what the author wrote: only whole years are dates.
  const input = v instanceof Date ? v.toISOString() : typeof v === "number" && !Number.isInteger(v) ? undefined : scalarText(v);
  if (!input) {
    ctx.report("error", path, problem("entity-date-invalid", path, input ?? JSON.stringify(v) ?? String(v), withTime));
    return undefined;
  }
  const split = /^(.*?)(?:T|\s+)(\d{1,2}:\d{2}.*)$/i.exec(input);
  const [datePart, timePart] = split ? [split[1], split[2]] : [input, undefined];
  const m = DATE.exec(datePart);
  const zh = m ? null : ZH_DATE.exec(datePart);
  const [y, mo, d] = m ? [m[1], m[3], m[4]] : zh ? [zh[1], zh[2], zh[3]] : [];
  const time = timePart === undefined ? undefined : TIME.exec(timePart);
  if (!y || time === null || (timePart !== undefined && d === undefined)) {
    ctx.report("error", path, problem("entity-date-invalid", path, input, withTime));
    return undefined;
  }
  const [year, month, day] = [Number(y), mo === undefined ? undefined : Number(mo), d === undefined ? undefined : Number(d)];
  if (month !== undefined && (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())))) {
    ctx.report("error", path, problem("entity-date-impossible", path, input, month, day));
    return undefined;
  }
  const date = [y, month === undefined ? undefined : pad(month), day === undefined ? undefined : pad(day)].filter(Boolean).join("-");
  if (!time) return date;
  const [hour, minute, second] = [Number(time[1]), Number(time[2]), time[3] === undefined ? 0 : Number(time[3])];
  const zone = time[4]?.toUpperCase();
  const offset = zone && zone !== "Z" ? /^([+-]\d{2}):?(\d{2})?$/.exec(zone) : null;
  if (hour > 23 || minute > 59 || second > 59 || (offset && (Math.abs(Number(offset[1])) > 14 || Number(offset[2] ?? 0) > 59))) {
    ctx.report("error", path, problem("entity-time-impossible", path, input));
    return undefined;
  }
  if (!withTime) return date;
  const zoneText = offset ? `${offset[1]}:${offset[2] ?? "00"}` : (zone ?? "");
  return `${date}T${pad(hour)}:${pad(minute)}${time[3] === undefined ? "" : `:${pad(second)}`}${zoneText}`;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const BARE_HOST = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;

/**
 * An http(s) URL as written, or undefined. With `bareHost`, a bare host (openai.com,
 * www.openai.com/about) is read as the same address with https:// (not for images, where
 * logo.png is a file name). The scheme is the one the WHATWG parser
 * (the browser's) reads, so tabs, newlines or control characters cannot hide another.
 * Only a plain `http(s)://host...` is kept as written; anything else (such characters,
 * backslashes, `https:host` which a browser resolves against the page) is given in the
 * parser's own serialisation, the address the link will have.
 */
function httpUrl(s: string, bareHost: boolean): string | undefined {
  const candidate = bareHost && !SCHEME.test(s) && BARE_HOST.test(s) ? `https://${s}` : s;
  try {
    const u = new URL(candidate);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    return /^https?:\/\/[^\s\\\u0000-\u001f\u007f]+$/i.test(candidate) ? candidate : u.href;
  } catch {
    return undefined;
  }
}

// An @handle or bare handle on X or GitHub is that profile's https URL.
const HANDLES = {
  twitter: { pattern: /^@?([A-Za-z0-9_]{1,15})$/, base: "https://x.com/" },
  github: { pattern: /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/, base: "https://github.com/" },
};

function readUrl(v: unknown, path: string, ctx: Ctx, type: "url" | "image" | "twitter" | "github"): string | undefined {
  const s = scalarText(v);
  if (s === undefined) return wrongShape(ctx, path, v, "text");
  if (type === "image" && s.startsWith("/") && !/^\/[/\\]/.test(s)) return s;
  const handle = type === "twitter" || type === "github" ? HANDLES[type].pattern.exec(s) : null;
  if (handle) return HANDLES[type as "twitter" | "github"].base + handle[1];
  const url = httpUrl(s, type !== "image");
  if (url) return url;
  ctx.report("error", path, type === "image" ? problem("entity-image-invalid", path, s) : problem("entity-url-invalid", path, s));
  return undefined;
}

function readOneOf(type: OneOf, v: unknown, path: string, ctx: Ctx): string | undefined {
  const s = scalarText(v);
  if (s === undefined) return wrongShape(ctx, path, v, "text");
  const lower = s.toLowerCase();
  const known = type.oneOf.find((o) => o === lower) ?? type.synonyms?.[lower];
  if (known) return known;
  ctx.report("warning", path, problem("entity-value-unknown", path, s, type.oneOf.join(", ")));
  return s;
}

function unknownSubfield(ctx: Ctx, path: string, key: string, known: readonly string[]): void {
  const field = path.replace(/\.\d+(?=\.|$)/g, "");
  if (ctx.warned.has(`${field}\n${key}`)) return;
  ctx.warned.add(`${field}\n${key}`);
  ctx.report("warning", field, problem("entity-subfield-unknown", field, key, known.join(", ")));
}

/**
 * The fields of `spec` in `obj`: each read by its type, a variant name folded to its
 * field (the name as written is kept in problems, so the caller finds its line; when
 * both are filled the field wins and the variant is reported); other names go to `unknown`.
 */
function readRecord(spec: FieldSpec, aliases: Aliases, obj: Record<string, unknown>, path: string, ctx: Ctx, unknown: (key: string, value: unknown) => void): Record<string, unknown> {
  const written = new Map<string, [string, unknown][]>();
  for (const [key, value] of Object.entries(obj)) {
    const field = Object.hasOwn(aliases, key) ? aliases[key] : key;
    if (!Object.hasOwn(spec, field)) unknown(key, value);
    else written.set(field, [...(written.get(field) ?? []), [key, value]]);
  }
  const out: Record<string, unknown> = {};
  for (const [field, entries] of written) {
    const filled = entries.filter(([, value]) => !isBlank(value)).sort((a, b) => Number(b[0] === field) - Number(a[0] === field));
    if (!filled.length) continue;
    const at = (key: string) => (path ? `${path}.${key}` : key);
    const value = readField(spec[field], filled[0][1], at(filled[0][0]), ctx);
    if (value !== undefined) out[field] = value;
    for (const [key] of filled.slice(1)) ctx.report("warning", at(key), problem("entity-field-twice", at(key), field));
  }
  return out;
}

function readItems(type: Items, v: unknown, path: string, ctx: Ctx): Record<string, unknown>[] | undefined {
  const list = Array.isArray(v) ? v : [v];
  const out: Record<string, unknown>[] = [];
  list.forEach((item, i) => {
    const at = Array.isArray(v) ? `${path}.${i}` : path;
    if (isBlank(item)) return;
    let read: Record<string, unknown> | undefined;
    if (isRecord(item)) {
      read = readRecord(type.items, type.aliases ?? {}, item, at, ctx, (key) => unknownSubfield(ctx, at, key, Object.keys(type.items)));
    } else if (Array.isArray(item)) {
      wrongShape(ctx, at, item, "item");
    } else {
      const value = readField(type.items[type.key], item, at, ctx);
      if (value !== undefined) read = { [type.key]: value };
    }
    if (read && Object.keys(read).length) out.push(read);
  });
  return out.length ? out : undefined;
}

function readGroup(type: Group, v: unknown, path: string, ctx: Ctx): Record<string, unknown> | undefined {
  if (!isRecord(v)) return wrongShape(ctx, path, v, "group");
  const read = readRecord(type.group, type.aliases ?? {}, v, path, ctx, (key) => unknownSubfield(ctx, path, key, Object.keys(type.group)));
  return Object.keys(read).length ? read : undefined;
}

function readField(type: FieldType, v: unknown, path: string, ctx: Ctx): unknown {
  if (isBlank(v)) return undefined;
  if (typeof type !== "string") {
    if ("oneOf" in type) return readOneOf(type, v, path, ctx);
    if ("items" in type) return readItems(type, v, path, ctx);
    return readGroup(type, v, path, ctx);
  }
  switch (type) {
    case "text":
    case "markdown":
      return readText(v, path, ctx, type === "markdown");
    case "date":
    case "datetime":
      return readDate(v, path, ctx, type === "datetime");
    case "url":
    case "image":
    case "twitter":
    case "github":
      return readUrl(v, path, ctx, type);
    case "slug":
      return readSlug(v, path, ctx);
    case "number": {
      const n = toNumber(v);
      return n === undefined ? wrongShape(ctx, path, v, "number") : n;
    }
    case "flag":
      return readFlag(v, path, ctx);
    case "list":
    case "tags":
      return readList(v, path, ctx, type === "tags");
    case "refs":
      return readRefs(v, path, ctx);
    case "coordinates":
      return readCoordinates(v, path, ctx);
  }
}

/**
 * An entry's fields by its kind's schema. `data` is its front matter without the fields
 * every content file has (title, description, slug, date, ...). A "generic" page keeps
 * every field in `extra`; other kinds keep there the fields their schema does not know.
 */
export function parseEntityFields(kind: SectionKind, data: Record<string, unknown>): { fields: EntityFields; extra: Record<string, unknown>; problems: FieldProblem[] } {
  if (kind === "generic") return { fields: {}, extra: { ...data }, problems: [] };
  const schema = SCHEMAS[kind];
  const problems: FieldProblem[] = [];
  const ctx: Ctx = { report: (severity, field, p) => problems.push({ severity, field, problem: p }), warned: new Set() };
  const extra: [string, unknown][] = [];
  const fields = readRecord(schema.fields, schema.aliases, data, "", ctx, (key, value) => extra.push([key, value]));
  schema.check?.(fields, ctx.report);
  // fromEntries defines each key as the entry's own, so a key such as __proto__ stays data.
  return { fields, extra: Object.fromEntries(extra), problems };
}

const HAN = /\p{Script=Han}/u;

function nameField(fields: EntityFields, name: string): string | undefined {
  const v = fields[name];
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

/**
 * The names an entry is shown by: its Chinese and English names (name_zh, name_en;
 * a person's name_full_en when there is no name_en), with the title filling the one
 * its script is (Han: zh). A name given twice is kept once.
 */
export function entityName(kind: SectionKind, title: string, fields: EntityFields): { zh?: string; en?: string } {
  const named = kind === "organization" || kind === "person";
  let zh = named ? nameField(fields, "name_zh") : undefined;
  let en = named ? (nameField(fields, "name_en") ?? (kind === "person" ? nameField(fields, "name_full_en") : undefined)) : undefined;
  const t = title.trim();
  if (t && HAN.test(t)) zh ??= t;
  else if (t) en ??= t;
  if (zh && zh === en) {
    if (HAN.test(zh)) en = undefined;
    else zh = undefined;
  }
  return { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
}

/** Every name an entry is searched by: the title, Chinese and English names, nicknames; each once. */
export function namesForSearch(kind: SectionKind, title: string, fields: EntityFields): string[] {
  const named = kind === "organization" || kind === "person";
  const names = [title, ...(named ? ["name_zh", "name_en", "name_full_en"].map((n) => nameField(fields, n)) : [])];
  const nickname = kind === "person" ? nameField(fields, "nickname") : undefined;
  if (nickname) names.push(...nickname.split(/[、,，/]/));
  const out: string[] = [];
  for (const name of names) {
    const n = name?.trim();
    if (n && !out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  }
  return out;
}
