/**
 * `npm run new`: the file a new post starts from. Every front-matter field of the
 * content model is present (filled or an empty placeholder) so authors never have
 * to remember a name, `draft: true` keeps it out of production until it is ready,
 * and the date is now in the site's time zone, as the file name's date is.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compactDate, toZonedIso, zonedParts } from "../content/dates";
import { POST_EXTENSIONS } from "../content/files";
import { site } from "../site";

export interface NewPostInput {
  title: string;
  slug?: string;
  tags?: string[];
  category?: string;
  now?: Date;
  timeZone?: string;
}

export interface NewPost {
  fileName: string;
  slug: string;
  source: string;
  /** Things the author should know: a fallback slug, an unknown category. */
  notes: string[];
}

/** ASCII words of a text, lower-cased and joined by "-": "OpenAI 發表 GPT-5！" -> "openai-gpt-5". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

const yamlString = (s: string) => JSON.stringify(s);
const yamlList = (items: string[]) => `[${items.map(yamlString).join(", ")}]`;

export function scaffoldPost(input: NewPostInput): NewPost {
  const title = input.title.trim();
  if (!title) throw new Error("請給文章標題，例如：npm run new -- \"文章標題\"");
  const timeZone = input.timeZone ?? site.timeZone;
  // Minutes are precise enough for a post date; seconds only add noise to the file.
  const now = new Date(Math.floor((input.now ?? new Date()).getTime() / 60000) * 60000);
  const notes: string[] = [];

  let slug = slugify(input.slug ?? "");
  if (input.slug !== undefined && !slug) throw new Error(`--slug "${input.slug}" 沒有可用的英文字母或數字`);
  if (!slug) {
    slug = slugify(title);
    if (slug.length < 3) {
      const p = zonedParts(now, timeZone);
      slug = `post-${String(p.hour).padStart(2, "0")}${String(p.minute).padStart(2, "0")}`;
      notes.push(`標題沒有足夠的英文字，暫用 slug「${slug}」。網址會是 /posts/${compactDate(now, timeZone)}-${slug}/；建議改用 --slug english-words 指定。`);
    } else {
      notes.push(`slug 取自標題中的英文字：「${slug}」。要換成別的，請用 --slug english-words。`);
    }
  }

  const tags = (input.tags ?? []).map((t) => t.trim()).filter(Boolean);
  const category = input.category?.trim() ?? "";
  if (category && !(category in site.categories)) {
    notes.push(`分類「${category}」不在 lib/site.ts 的分類清單中（${Object.keys(site.categories).join("、")}）；網址會自動產生。`);
  }

  const fileSlug = `${compactDate(now, timeZone)}-${slug}`;
  const source = `---
title: ${yamlString(title)}
date: ${toZonedIso(now, timeZone)}
# lastmod: ${toZonedIso(now, timeZone)}
description: ""
tags: ${yamlList(tags)}
categories: ${yamlList(category ? [category] : [])}
image: ""
source_url: ""
source_name: ""
draft: true
series: ""
# series_order: 1
related_companies: []
related_people: []
# aliases: ["/old/path/"]
---

{/* 第一段：用一兩句話說這篇筆記的重點。沒有 description 時，這段會成為摘要。 */}

寫下第一段。

{/* <YouTube id="ME8_6c6eY4o" /> */}

## 重點整理

## 我的觀察

## 延伸閱讀

{/* 每行一則站內文章連結，例如 - [文章標題](網址)，網址是 /posts/檔名/ */}
`;
  return { fileName: `${fileSlug}.mdx`, slug: fileSlug, source, notes };
}

export class PostExistsError extends Error {}

/** Writes the new post into `dir`; never overwrites a post with the same slug (.md or .mdx). */
export function writeNewPost(dir: string, input: NewPostInput): NewPost & { path: string } {
  const post = scaffoldPost(input);
  for (const ext of POST_EXTENSIONS) {
    const other = path.join(dir, post.slug + ext);
    if (existsSync(other)) throw new PostExistsError(`${other} 已經存在，不會覆寫。請換一個 --slug。`);
  }
  const target = path.join(dir, post.fileName);
  writeFileSync(target, post.source, { flag: "wx" });
  return { ...post, path: target };
}
