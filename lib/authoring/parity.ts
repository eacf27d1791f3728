/**
 * `npm run check:parity -- <hugo public/ dir> <base url>`: does every page a Hugo build
 * produced answer on this site? Each HTML file of the build (alias pages included: Hugo
 * writes them as small HTML files with a meta refresh) is one URL; each is requested
 * from the base URL, following redirects, and counts as answered on a 200. Misses are
 * listed by section; pagination pages (`.../page/N/`, N >= 2) past our last page are
 * listed apart, since the two sites may page differently.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

/** The URL path of each HTML file under a Hugo `public/` folder, encoded as a browser sends it, sorted. */
export function hugoHtmlPaths(publicDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.isFile() && entry.name.endsWith(".html")) {
        // Hugo's 404 page is a file, not a URL anyone links to.
        if (segments.length === 0 && entry.name === "404.html") continue;
        const parts = entry.name === "index.html" ? segments : [...segments, entry.name];
        const encoded = parts.map(encodeURIComponent).join("/");
        out.push(entry.name === "index.html" ? (encoded ? `/${encoded}/` : "/") : `/${encoded}`);
      }
    }
  };
  walk(publicDir, []);
  return out.sort();
}

/** The section a URL belongs to in the report: its first segment, `/` for the home page. */
export function sectionOf(urlPath: string): string {
  const first = urlPath.split("/").filter(Boolean)[0];
  if (!first) return "/";
  try {
    return decodeURIComponent(first);
  } catch {
    return first;
  }
}

/** Page N (N >= 2) of a list: may be past our last page when the sites page differently. */
export const isPaginationPage = (urlPath: string) => /\/page\/([2-9]|\d{2,})\/$/.test(urlPath);

export interface ParityMiss {
  path: string;
  /** The final status (after redirects), or 0 when the request failed. */
  status: number;
  /** Where the redirects ended, when they did not end at the path itself. */
  finalUrl?: string;
  error?: string;
}

export interface SectionParity {
  section: string;
  total: number;
  ok: number;
  misses: ParityMiss[];
  paginationMisses: ParityMiss[];
}

export interface ParityReport {
  total: number;
  ok: number;
  sections: SectionParity[];
  /** True when everything answered but (at most) pagination pages past our last page. */
  pass: boolean;
}

export interface ParityOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
}

async function probe(base: string, urlPath: string, timeoutMs: number): Promise<{ status: number; finalUrl: string; error?: string }> {
  const url = new URL(urlPath, base).toString();
  try {
    const res = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { status: res.status, finalUrl: res.url };
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : "";
    return { status: 0, finalUrl: url, error: `${e instanceof Error ? e.message : String(e)}${cause}` };
  }
}

export async function checkParity(paths: string[], baseUrl: string, options: ParityOptions = {}): Promise<ParityReport> {
  const concurrency = options.concurrency ?? 8;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const base = baseUrl.replace(/\/*$/, "/");
  const results: Array<{ path: string; status: number; finalUrl: string; error?: string }> = new Array(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, paths.length) }, async () => {
      while (next < paths.length) {
        const i = next++;
        results[i] = { path: paths[i], ...(await probe(base, paths[i], timeoutMs)) };
      }
    }),
  );
  const bySection = new Map<string, SectionParity>();
  let ok = 0;
  for (const r of results) {
    const name = sectionOf(r.path);
    let s = bySection.get(name);
    if (!s) bySection.set(name, (s = { section: name, total: 0, ok: 0, misses: [], paginationMisses: [] }));
    s.total++;
    if (r.status === 200) {
      s.ok++;
      ok++;
      continue;
    }
    const requested = new URL(r.path, base).toString();
    const miss: ParityMiss = { path: r.path, status: r.status, ...(r.finalUrl !== requested ? { finalUrl: r.finalUrl } : {}), ...(r.error ? { error: r.error } : {}) };
    (isPaginationPage(r.path) && r.status === 404 ? s.paginationMisses : s.misses).push(miss);
  }
  const sections = [...bySection.values()].sort((a, b) => (a.section < b.section ? -1 : a.section > b.section ? 1 : 0));
  return { total: results.length, ok, sections, pass: sections.every((s) => s.misses.length === 0) };
}

const decoded = (p: string) => {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
};

function missLine(m: ParityMiss): string {
  const where = m.finalUrl ? ` (ended at ${decoded(new URL(m.finalUrl).pathname)})` : "";
  return `  ${decoded(m.path)}: ${m.status || "no answer"}${where}${m.error ? ` ${m.error}` : ""}`;
}

export function formatParity(report: ParityReport): string {
  const width = Math.max(7, ...report.sections.map((s) => s.section.length));
  const lines = [`${"section".padEnd(width)}  answered`];
  for (const s of report.sections) {
    const past = s.paginationMisses.length ? `  (+${s.paginationMisses.length} pages past our last)` : "";
    lines.push(`${s.section.padEnd(width)}  ${s.ok}/${s.total}${past}`);
  }
  const pct = report.total ? ((100 * report.ok) / report.total).toFixed(1) : "100.0";
  lines.push(`${"all".padEnd(width)}  ${report.ok}/${report.total} (${pct}%)`);
  const misses = report.sections.flatMap((s) => s.misses);
  const pages = report.sections.flatMap((s) => s.paginationMisses);
  if (misses.length) lines.push("", `misses: ${misses.length}`, ...misses.map(missLine));
  if (pages.length) lines.push("", `pagination pages past our last page (allowed): ${pages.length}`, ...pages.map(missLine));
  lines.push("", report.pass ? "parity: PASS" : "parity: FAIL");
  return lines.join("\n");
}
