/**
 * The benchmark corpus: N synthetic posts (3-6k Chinese characters, headings, a
 * YouTube embed on most, realistic tags, 8 categories, shared timestamps), written
 * both as our MDX and as the same posts in Hugo Markdown for the Hugo comparison.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { syntheticPosts } from "../scripts/synthetic-posts";

export function writeCorpus(dir: string, count: number, format: "mdx" | "hugo"): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Far enough back that all of 10,000 posts (a pair every 5 hours) are in the past, so all are built.
  const posts = syntheticPosts({ count, bodyChars: 4500, tagPool: 1200, seed: 7, startDate: new Date("2020-01-01T00:00:00+08:00") });
  for (const post of posts) {
    if (format === "mdx") writeFileSync(path.join(dir, post.fileName), post.source);
    else {
      const md = post.source.replace(/<YouTube id="([^"]+)" \/>/g, "{{< youtube $1 >}}");
      writeFileSync(path.join(dir, `${post.slug}.md`), md);
    }
  }
  return posts.map((p) => p.fileName);
}

/** A minimal Hugo site that renders the same pages we do (post, home list, tags, categories). */
export function writeHugoSite(root: string, count: number): void {
  rmSync(root, { recursive: true, force: true });
  writeCorpus(path.join(root, "content", "posts"), count, "hugo");
  const layouts = path.join(root, "layouts", "_default");
  mkdirSync(layouts, { recursive: true });
  mkdirSync(path.join(root, "layouts", "shortcodes"), { recursive: true });
  writeFileSync(
    path.join(root, "hugo.toml"),
    'baseURL = "http://localhost/"\nlanguageCode = "zh-tw"\ntitle = "bench"\nhasCJKLanguage = true\n[pagination]\npagerSize = 20\n[taxonomies]\ntag = "tags"\ncategory = "categories"\n',
  );
  writeFileSync(
    path.join(layouts, "baseof.html"),
    '<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>',
  );
  writeFileSync(
    path.join(layouts, "single.html"),
    '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</article>{{ end }}',
  );
  writeFileSync(
    path.join(layouts, "list.html"),
    '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></article>{{ end }}{{ end }}',
  );
  writeFileSync(
    path.join(root, "layouts", "shortcodes", "youtube.html"),
    '<div class="yt"><img src="https://i.ytimg.com/vi/{{ .Get 0 }}/hqdefault.jpg" alt=""></div>',
  );
}

/**
 * `count` copies of the site's own seed post (content/posts/), each under its own slug and
 * an hour apart, so a build has `count` real-sized posts but the seed's few tags: there the
 * build's cost is the posts' own work (MDX compile, page render) and their OG cards.
 * Each copy ends with a sentence of its own, so no two bodies hash alike: a cache keyed
 * by content must compile every copy, as it would compile 1,000 real posts.
 */
export function writeSeedCorpus(dir: string, count: number, seedDir = path.join(process.cwd(), "content", "posts")): string[] {
  const seed = readdirSync(seedDir).filter((f) => /\.mdx?$/.test(f)).sort()[0];
  if (!seed) throw new Error(`writeSeedCorpus: no post in ${seedDir}`);
  const source = readFileSync(path.join(seedDir, seed), "utf8");
  const ext = path.extname(seed);
  const base = path.basename(seed, ext);
  const start = Date.parse("2024-01-01T00:00:00+08:00");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 3_600_000).toISOString().replace(/\.000Z$/, "Z");
    const name = `${base}-${String(i).padStart(4, "0")}${ext}`;
    const body = `${source.replace(/^date:.*$/m, `date: ${date}`).trimEnd()}\n\n這是第 ${i + 1} 份副本，發布於 ${date}。\n`;
    writeFileSync(path.join(dir, name), body);
    names.push(name);
  }
  return names;
}
