/**
 * The search benchmark's corpus: synthetic posts (scripts/synthetic-posts.ts) with
 * known words, names and phrases planted in chosen posts' titles, tags, descriptions
 * and bodies, and the queries a reader would type to find them.
 */
import { syntheticPosts, type SyntheticPost } from "../scripts/synthetic-posts";

export type Where = "title" | "tag" | "description" | "body";

export interface Plant {
  /** 0-based post number. */
  post: number;
  where: Where;
  /** Text planted; a body plant is put inside a sentence so segmentation sees context. */
  text: string;
}

export interface BenchQuery {
  q: string;
  kind: "zh-word" | "mixed" | "en-case" | "tag" | "phrase" | "full-width";
}

export const CORPUS_SIZE = 300;

const CONTEXTS = ["業者正在評估{}相關的投資", "報導指出{}成為新的焦點", "多位分析師認為{}的影響被低估", "這次談到了{}與市場的關係"];

export const PLANTS: Plant[] = [];
export const QUERIES: BenchQuery[] = [];

function plant(q: string, kind: BenchQuery["kind"], spots: [number, Where][], text = q): void {
  for (const [post, where] of spots) PLANTS.push({ post, where, text });
  QUERIES.push({ q, kind });
}

// Chinese words of 2-4 characters that the synthetic vocabulary never produces.
plant("量子", "zh-word", [[12, "body"], [140, "body"]]);
plant("光罩", "zh-word", [[33, "title"]]);
plant("稀土", "zh-word", [[47, "body"]]);
plant("液冷", "zh-word", [[58, "body"], [201, "body"]]);
plant("算力", "zh-word", [[71, "title"], [72, "body"], [180, "body"], [250, "body"]]);
plant("晶圓代工", "zh-word", [[88, "tag"], [89, "body"], [230, "body"]]);
plant("記憶體", "zh-word", [[95, "body"]]);
plant("頻寬", "zh-word", [[104, "description"]]);
plant("蒸餾", "zh-word", [[117, "body"]]);
plant("微調", "zh-word", [[123, "title"], [10, "body"]]);
plant("幻覺", "zh-word", [[131, "body"], [262, "body"]]);
plant("提示詞", "zh-word", [[145, "body"]]);
plant("權重", "zh-word", [[152, "body"]]);
plant("電網", "zh-word", [[166, "body"]]);
plant("碳排放", "zh-word", [[173, "title"]]);
plant("機械手臂", "zh-word", [[188, "body"]]);
plant("自動駕駛", "zh-word", [[195, "tag"], [196, "body"]]);
plant("邊緣裝置", "zh-word", [[207, "body"]]);
plant("開源授權", "zh-word", [[214, "body"]]);
plant("散熱", "zh-word", [[222, "body"], [223, "description"]]);
// Mixed Chinese and English.
plant("GPT-5 推理", "mixed", [[5, "body"]], "GPT-5 推理");
plant("Gemini 多模態", "mixed", [[27, "title"]]);
plant("Llama 授權", "mixed", [[39, "body"]], "Llama 的授權");
plant("H100 供應", "mixed", [[61, "body"]]);
plant("Blackwell 架構", "mixed", [[83, "body"], [84, "tag"]], "Blackwell 架構");
plant("Copilot 訂閱", "mixed", [[99, "description"]]);
plant("Bedrock 平台", "mixed", [[111, "body"]]);
plant("TPU 叢集", "mixed", [[135, "title"]]);
// English names typed in another case.
plant("jensen huang", "en-case", [[15, "body"], [160, "body"]], "Jensen Huang");
QUERIES.push({ q: "JENSEN HUANG", kind: "en-case" });
plant("lisa su", "en-case", [[44, "body"]], "Lisa Su");
plant("satya NADELLA", "en-case", [[77, "title"]], "Satya Nadella");
plant("demis hassabis", "en-case", [[158, "body"]], "Demis Hassabis");
plant("openai", "en-case", []);
plant("mistral", "en-case", []);
plant("ＮＶＩＤＩＡ", "full-width", []);
plant("ｔｒａｉｎｉｕｍ", "full-width", []);
// Tag names (some from the synthetic pool, some planted once).
plant("Claude Code", "tag", []);
plant("推論成本", "tag", []);
plant("企業 AI", "tag", []);
plant("量子運算", "tag", [[233, "tag"]]);
plant("Rust", "tag", [[241, "tag"]]);
plant("開源模型", "tag", []);
// Phrases that occur in one body only.
plant("液冷機櫃的散熱瓶頸", "phrase", [[59, "body"]]);
plant("晶圓代工的毛利率創新高", "phrase", [[90, "body"]]);
plant("這是一個關於誠信的故事", "phrase", [[137, "body"]]);
plant("客服中心的排班系統", "phrase", [[170, "body"]]);
plant("Andy Jassy 在達沃斯", "phrase", [[205, "body"]]);
plant("三國演義", "phrase", [[266, "body"]]);

export interface BenchPost extends SyntheticPost {
  index: number;
}

function insertPlant(source: string, p: Plant, n: number): string {
  switch (p.where) {
    case "title":
      return source.replace(/^title: "(.*)"$/m, (_, t: string) => `title: "${t}：${p.text}"`);
    case "tag":
      return source.replace(/^tags: \[/m, `tags: [${JSON.stringify(p.text)}, `);
    case "description":
      return source.replace(/^description: "/m, `description: "${p.text}，`);
    case "body": {
      const sentence = CONTEXTS[n % CONTEXTS.length].replace("{}", p.text);
      // In the middle of the body, so it is not in an excerpt-based description.
      const lines = source.split("\n");
      const mid = Math.floor(lines.length * 0.6);
      lines.splice(mid, 0, "", `${sentence}。`, "");
      return lines.join("\n");
    }
  }
}

export function benchPosts(count = CORPUS_SIZE, bodyChars = 1200): BenchPost[] {
  const posts = syntheticPosts({ count, bodyChars, seed: 7, slugPrefix: "bench" });
  PLANTS.forEach((p, n) => {
    if (p.post < count) posts[p.post] = { ...posts[p.post], source: insertPlant(posts[p.post].source, p, n) };
  });
  return posts.map((p, index) => ({ ...p, index }));
}
