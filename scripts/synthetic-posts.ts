/**
 * Synthetic posts shaped like the real site's: Chinese titles and bodies, headings,
 * a YouTube embed on most, tags from a realistic pool (Chinese, spaces, case and
 * spacing variants), 8 categories and shared timestamps. Used by e2e fixtures and
 * benchmarks; deterministic for a given seed.
 */
import { site } from "../lib/site";

const COMPANIES = ["OpenAI", "Anthropic", "Google", "Amazon", "AWS", "NVIDIA", "Nvidia", "Microsoft", "Meta", "Apple", "台積電", "聯發科", "鴻海", "DeepSeek", "Mistral", "xAI"];
const TOPICS = ["企業 AI", "企業AI", "生成式 AI", "AI Agent", "AI agent", "Claude Code", "Vibe Coding", "vibe coding", "推論成本", "晶片", "半導體", "資料中心", "開源模型", "大型語言模型", "機器人", "自駕車", "Podcast", "C++", "Node.js", "C#", "AI/ML", "Web3.0", "數位轉型", "資安", "醫療 AI", "教育科技", "雲端運算", "Trainium", "GPU", "邊緣運算"];
const WORDS = ["人工智慧", "模型", "訓練", "推論", "企業", "市場", "競爭", "產品", "客戶", "成本", "晶片", "平台", "工程師", "生產力", "策略", "營收", "投資", "合作", "基礎設施", "資料", "應用", "開發者", "雲端", "服務", "創新", "趨勢", "產業", "技術", "研究", "團隊"];
const PUNCT = ["，", "，", "，", "。", "、", "；"];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Approximate Chinese characters per body. */
  bodyChars?: number;
  /** Distinct extra tags beyond the named pool, to reach the real site's ~1,200. */
  tagPool?: number;
  startDate?: Date;
  slugPrefix?: string;
}

export interface SyntheticPost {
  slug: string;
  fileName: string;
  source: string;
  title: string;
  tags: string[];
  category: string;
  date: string;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function sentence(r: () => number, words: number): string {
  let s = "";
  for (let i = 0; i < words; i++) s += pick(r, WORDS) + (i < words - 1 && r() < 0.3 ? pick(r, PUNCT) : "");
  return s + "。";
}

const pad = (n: number) => String(n).padStart(2, "0");

export function syntheticPosts(options: SyntheticOptions): SyntheticPost[] {
  const r = rng(options.seed ?? 42);
  const bodyChars = options.bodyChars ?? 600;
  const extraTags = Array.from({ length: options.tagPool ?? 200 }, (_, i) => `${pick(r, WORDS)}${pick(r, WORDS)} ${i}`);
  const categories = Object.keys(site.categories);
  const start = options.startDate ?? new Date("2025-06-01T00:00:00+08:00");
  const posts: SyntheticPost[] = [];
  for (let i = 0; i < options.count; i++) {
    // Pairs of posts share a timestamp, as the real site's do.
    const t = new Date(start.getTime() + Math.floor(i / 2) * 5 * 3600_000);
    const local = new Date(t.getTime() + 8 * 3600_000);
    const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+08:00`;
    const company = pick(r, COMPANIES);
    const tags = Array.from(new Set([company, pick(r, TOPICS), pick(r, TOPICS), pick(r, extraTags), pick(r, extraTags)]));
    const category = categories[i % categories.length];
    const title = `${company} ${pick(r, WORDS)}${pick(r, WORDS)}觀察 第 ${i + 1} 篇`;
    const slug = `${options.slugPrefix ?? "synthetic"}-${String(i + 1).padStart(5, "0")}`;
    const parts: string[] = [`> 本文為測試用的合成文章 ${i + 1}。`, ""];
    if (r() < 0.8) parts.push(`<YouTube id="${"dQw4w9WgXcQ".slice(0, 10)}${"ABCDEFGHIJ"[i % 10]}" />`, "");
    let written = 0;
    let section = 1;
    while (written < bodyChars) {
      parts.push(`## 第 ${section} 節：${pick(r, WORDS)}與${pick(r, WORDS)}`, "");
      for (let p = 0; p < 3 && written < bodyChars; p++) {
        const para = Array.from({ length: 4 }, () => sentence(r, 6 + Math.floor(r() * 8))).join("");
        parts.push(`${para} **${company}** 的 ${pick(r, TOPICS)} 布局值得關注。`, "");
        written += para.length;
      }
      section++;
    }
    const source = [
      "---",
      `title: "${title}"`,
      `date: ${date}`,
      `description: "${company} 的${pick(r, WORDS)}與${pick(r, WORDS)}：合成測試文章 ${i + 1}。"`,
      `tags: [${tags.map((t) => JSON.stringify(t)).join(", ")}]`,
      `categories: ["${category}"]`,
      `source_url: "https://example.com/source/${Math.floor(i / 3)}"`,
      `source_name: "Example News"`,
      "draft: false",
      "---",
      "",
      ...parts,
    ].join("\n");
    posts.push({ slug, fileName: `${slug}.mdx`, source, title, tags, category, date });
  }
  return posts;
}
