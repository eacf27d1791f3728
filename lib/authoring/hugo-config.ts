/**
 * A Hugo site's configuration, read as Hugo reads it, and the part of it this site's
 * configuration takes: hugo.toml / config.toml / config.yaml (the first found) merged
 * with config/_default/*.toml|yaml (`hugo.*` or `config.*` there merge at the top,
 * any other file under its own name: params.toml is `params`, menus.yaml is `menus`),
 * keys compared without case as Hugo does, plus a theme-style `data/menu.yml` list.
 * site.config.yaml is then edited in place with the yaml library's Document API, so
 * its comments and the keys the import does not set stay as they were.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { isMap, isSeq, parse as parseYaml, parseDocument, type Document } from "yaml";
import { permalinkProblem } from "../config/permalink-tokens";
import { urlize } from "../taxonomy/slugs";

type Tree = Record<string, unknown>;

export interface HugoConfigFile {
  file: string;
  data: Tree;
}

export interface HugoConfig {
  /** The merged configuration, keys lower-cased (Hugo's keys are case-insensitive). */
  data: Tree;
  /** The files read, in merge order. */
  files: string[];
  /** data/menu.yml (or .yaml/.toml/.json) when the site has one: a list of {name, url}. */
  menuData: unknown;
  /** Files that do not parse, with why (file:line where the parser says). */
  problems: string[];
}

const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** Lower-cases every map key, deeply (Hugo: `baseURL`, `baseurl` and `BaseURL` are one key). */
function lowerKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lowerKeys);
  if (!isTree(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), lowerKeys(x)]));
}

function merge(into: Tree, from: Tree): Tree {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = isTree(cur) && isTree(v) ? merge({ ...cur }, v) : v;
  }
  return into;
}

const CONFIG_EXT = [".toml", ".yaml", ".yml", ".json"];

function parseConfigFile(file: string): unknown {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".toml")) return parseToml(text);
  if (file.endsWith(".json")) return JSON.parse(text) as unknown;
  return parseYaml(text) as unknown;
}

function problemOf(file: string, e: unknown): string {
  const line = (e as { line?: number; linePos?: Array<{ line: number }> }).line ?? (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
  return `${file}${line ? `:${line}` : ""}: does not parse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)} (hint: fix its syntax; the rest of the configuration was read)`;
}

export function readHugoConfig(siteDir: string): HugoConfig {
  const files: string[] = [];
  const problems: string[] = [];
  const data: Tree = {};
  const read = (file: string, under?: string) => {
    try {
      const parsed = lowerKeys(parseConfigFile(file) ?? {});
      files.push(file);
      if (!isTree(parsed)) return;
      merge(data, under ? { [under]: parsed } : parsed);
    } catch (e) {
      problems.push(problemOf(file, e));
    }
  };
  const root = ["hugo", "config"].flatMap((n) => CONFIG_EXT.map((e) => path.join(siteDir, n + e))).find((f) => existsSync(f));
  if (root) read(root);
  const dir = path.join(siteDir, "config", "_default");
  if (existsSync(dir)) {
    const names = readdirSync(dir).filter((n) => CONFIG_EXT.includes(path.extname(n))).sort();
    // hugo.* / config.* first, then the rest by name, as Hugo merges them.
    for (const n of names.filter((x) => /^(hugo|config)\./.test(x))) read(path.join(dir, n));
    for (const n of names.filter((x) => !/^(hugo|config)\./.test(x))) read(path.join(dir, n), path.basename(n, path.extname(n)).toLowerCase());
  }
  let menuData: unknown;
  const menuFile = CONFIG_EXT.map((e) => path.join(siteDir, "data", `menu${e}`)).find((f) => existsSync(f));
  if (menuFile) {
    try {
      menuData = parseConfigFile(menuFile);
    } catch (e) {
      problems.push(problemOf(menuFile, e));
    }
  }
  return { data, files, menuData, problems };
}

const get = (tree: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((t, k) => (isTree(t) ? t[k.toLowerCase()] : undefined), tree);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

export interface MenuItem {
  name: string;
  url: string;
  weight?: number;
}

/** The values site.config.yaml takes from a Hugo configuration; only what the site set. */
export interface ImportedConfig {
  title?: string;
  description?: string;
  baseURL?: string;
  languageCode?: string;
  pageSize?: number;
  buildFuture?: boolean;
  buildDrafts?: boolean;
  menus?: { main?: MenuItem[]; footer?: MenuItem[] };
  markup?: { unsafeHtml: boolean };
  analytics?: { googleAnalytics: string };
  verification?: { google: string };
  hugo?: { postsSection?: string; postsPermalink?: string };
}

/** A Hugo menu entry's URL: `url`, else `pageRef` (a content path: `/about` -> `/about/`). */
function menuUrl(item: Tree): string | undefined {
  const url = str(item.url);
  if (url) return url;
  const ref = str(item.pageref);
  if (!ref) return undefined;
  const p = `/${ref.replace(/^\/+/, "").replace(/(\/_?index)?\.(md|mdx|html)$/, "").replace(/\/+$/, "")}`;
  return p === "/" ? "/" : `${p}/`;
}

function menuItems(list: unknown, warnings: string[], where: string): MenuItem[] {
  if (!Array.isArray(list)) return [];
  const out: MenuItem[] = [];
  for (const raw of list) {
    if (!isTree(raw)) continue;
    const item = lowerKeys(raw) as Tree;
    const name = str(item.name) ?? str(item.title) ?? str(item.identifier);
    const url = menuUrl(item);
    if (!name || !url) {
      warnings.push(`${where}: a menu item without ${name ? "url or pageRef" : "name"} is left out (${JSON.stringify(raw)})`);
      continue;
    }
    out.push({ name, url, ...(typeof item.weight === "number" ? { weight: item.weight } : {}) });
  }
  return out;
}

/**
 * Hugo's permalink pattern for `section` (`[permalinks] post = ...`, or since Hugo 0.112
 * `[permalinks.page] post = ...`), and the patterns for other sections and taxonomies, which
 * this site does not take (its tags, categories and sections keep their own URLs).
 */
function permalinksOf(d: Tree, section: string): { pattern?: string; others: string[] } {
  const table = get(d, "permalinks");
  if (!isTree(table)) return { others: [] };
  const page = isTree(table.page) ? table.page : {};
  const pattern = str(page[section]) ?? str(table[section]);
  const others = [...Object.keys(table).filter((k) => k !== "page" && k !== "section" && k !== "term" && k !== "taxonomy"), ...Object.keys(page)].filter((k) => k !== section);
  return { pattern, others: [...new Set(others)] };
}

/** What this site takes from a Hugo configuration, and what it could not take, as warnings. `postsSection`: the Hugo section the posts come from. */
export function importedConfig(hugo: HugoConfig, postsSection = "posts"): { config: ImportedConfig; warnings: string[] } {
  const d = hugo.data;
  const warnings: string[] = [];
  const where = hugo.files[0] ? path.basename(hugo.files[0]) : "config";
  const c: ImportedConfig = {};
  const title = str(d.title);
  if (title) c.title = title;
  const description = str(get(d, "params", "description")) ?? str(d.description);
  if (description) c.description = description;
  const baseURL = str(d.baseurl);
  if (baseURL) c.baseURL = baseURL.replace(/\/+$/, "");
  const lang = str(d.languagecode);
  if (lang) c.languageCode = lang;
  const pager = get(d, "pagination", "pagersize") ?? d.paginate;
  if (typeof pager === "number" && Number.isInteger(pager) && pager >= 1) c.pageSize = Math.min(pager, 500);
  if (typeof d.buildfuture === "boolean") c.buildFuture = d.buildfuture;
  if (typeof d.builddrafts === "boolean") c.buildDrafts = d.builddrafts;

  // Hugo reads both `menu` and `menus` (hugo.toml's [[menu.main]] beside config/_default/menus.yaml).
  const menuList = (name: string) => [get(d, "menu", name), get(d, "menus", name)].flatMap((l) => (Array.isArray(l) ? l : []));
  const byWeight = (items: MenuItem[]) => items.map((m, i) => ({ m, i })).sort((a, b) => (a.m.weight ?? 0) - (b.m.weight ?? 0) || a.i - b.i).map((x) => x.m);
  const main = byWeight(menuItems(menuList("main"), warnings, where));
  const footer = byWeight(menuItems(menuList("footer"), warnings, where));
  // A theme's data/menu.yml list (some themes read their header menu from it).
  const listed = hugo.menuData === undefined ? [] : menuItems(Array.isArray(hugo.menuData) ? hugo.menuData : (get(hugo.menuData, "main") ?? get(hugo.menuData, "items")), warnings, "data/menu.yml");
  for (const item of listed) if (!main.some((m) => m.url === item.url)) main.push(item);
  if (main.length || footer.length) c.menus = { ...(main.length ? { main } : {}), ...(footer.length ? { footer } : {}) };

  const unsafe = get(d, "markup", "goldmark", "renderer", "unsafe");
  if (typeof unsafe === "boolean") c.markup = { unsafeHtml: unsafe };

  const ga = str(d.googleanalytics) ?? str(get(d, "services", "googleanalytics", "id"));
  if (ga && /^G-[A-Z0-9]{4,}$/.test(ga)) c.analytics = { googleAnalytics: ga };
  else if (ga) warnings.push(`${where}: Google Analytics id "${ga}" is not a GA4 measurement id (G-...); not carried over (hint: Universal Analytics ids no longer collect data; create a GA4 property)`);

  const verification =
    str(get(d, "params", "googlesiteverification")) ?? str(get(d, "params", "google_site_verification")) ?? str(get(d, "params", "analytics", "google", "siteverificationtag"));
  if (verification) c.verification = { google: verification };

  // The posts' old URLs: their section, when not ours, and their permalink pattern.
  const permalinks = permalinksOf(d, postsSection);
  if (permalinks.pattern) {
    const problem = permalinkProblem(permalinks.pattern);
    if (problem) warnings.push(`${where}: permalinks.${postsSection} "${permalinks.pattern}" ${problem}; the posts' old URLs are not redirected (hint: redirect them with aliases: in each post)`);
  }
  const pattern = permalinks.pattern && !permalinkProblem(permalinks.pattern) ? permalinks.pattern : undefined;
  if (postsSection !== "posts" || pattern) c.hugo = { ...(postsSection !== "posts" ? { postsSection } : {}), ...(pattern ? { postsPermalink: pattern } : {}) };
  if (permalinks.others.length) warnings.push(`${where}: permalinks for ${permalinks.others.join(", ")} are not carried over: those pages keep this site's URLs (hint: add aliases: to the pages whose old URLs must keep answering)`);
  return { config: c, warnings };
}

/** A new site.config.yaml's opening comment. */
const HEADER = " The site configuration, written by npm run import:hugo from a Hugo site's config\n (validated at start-up by lib/config/site-config.ts).";

/**
 * site.config.yaml's text with the imported values and the categories set, everything
 * else (comments, keys the import does not set) as it was. Categories: every name seen
 * keeps its configured slug, a new one gets urlize(name), appended in the order seen.
 */
export function updatedSiteConfig(existing: string | null, config: ImportedConfig, categoryNames: string[]): string {
  const doc: Document = existing === null ? parseDocument("{}") : parseDocument(existing);
  if (existing === null) {
    doc.commentBefore = HEADER;
    doc.contents = doc.createNode({});
  }
  const flowList = (items: object[]) => {
    const node = doc.createNode(items);
    if (isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = true;
    return node;
  };
  let changed = existing === null;
  const set = (key: (string | number)[], value: unknown) => {
    const current: unknown = doc.getIn(key);
    const plain = (v: unknown) => JSON.stringify(v);
    const now = current && typeof current === "object" && "toJSON" in current ? (current as { toJSON: () => unknown }).toJSON() : current;
    if (plain(now) === plain(value)) return;
    doc.setIn(key, Array.isArray(value) ? flowList(value as object[]) : value);
    changed = true;
  };
  for (const key of ["title", "description", "baseURL", "languageCode", "pageSize", "buildFuture", "buildDrafts"] as const) {
    if (config[key] !== undefined) set([key], config[key]);
  }
  if (config.menus?.main) set(["menus", "main"], config.menus.main);
  if (config.menus?.footer) set(["menus", "footer"], config.menus.footer);
  if (config.markup) set(["markup", "unsafeHtml"], config.markup.unsafeHtml);
  if (config.analytics) set(["analytics", "googleAnalytics"], config.analytics.googleAnalytics);
  if (config.verification) set(["verification", "google"], config.verification.google);
  if (config.hugo?.postsSection) set(["hugo", "postsSection"], config.hugo.postsSection);
  if (config.hugo?.postsPermalink) set(["hugo", "postsPermalink"], config.hugo.postsPermalink);

  const current = (doc.toJS() as { categories?: Array<{ name: string; slug: string }> } | null)?.categories ?? [];
  const known = new Set(current.map((c) => c.name));
  const added = [...new Set(categoryNames)].filter((n) => !known.has(n) && urlize(n));
  if (added.length) set(["categories"], [...current, ...added.map((name) => ({ name, slug: urlize(name) }))]);
  // Untouched, the file stays byte for byte (the yaml library would reformat it).
  return changed || existing === null ? doc.toString({ lineWidth: 0 }) : existing;
}
