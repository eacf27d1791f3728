import path from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { layersPlugin } from "./layers.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" } });
const at = (file: string) => path.join(process.cwd(), file);

tester.run("local/layers", layersPlugin.rules.layers, {
  valid: [
    { filename: at("lib/content/parse-post.ts"), code: 'import { readFileSync } from "node:fs"; import { site } from "../site"; import { x } from "./errors";' },
    { filename: at("lib/render/compile.ts"), code: 'import { x } from "../content/store"; import { y } from "../hugo/markdown";' },
    // Types are erased before anything runs.
    { filename: at("lib/content/post.ts"), code: 'import type { X } from "../render/compile";' },
    { filename: at("components/lists/TagFilter.tsx"), code: '"use client";\nimport { useState } from "react"; import { tagHref } from "@/lib/http/routes"; import type { P } from "@/lib/content/post";' },
    { filename: at("app/tags/page.tsx"), code: 'import { tagIndexView } from "@/lib/views/lists";' },
    { filename: at("lib/content/parse-post.test.ts"), code: 'import { compilePost } from "../render/compile";' },
  ],
  invalid: [
    { filename: at("lib/content/parse-post.ts"), code: 'import { compilePost } from "../render/compile";', errors: [{ message: /lib\/content\/parse-post \(lib\/content\/\) may not import \.\.\/render\/compile/ }] },
    { filename: at("components/saved/SavedPosts.tsx"), code: '"use client";\nimport { readFileSync } from "node:fs";', errors: [{ message: /browser code\) may not import node:fs/ }] },
    { filename: at("components/search/X.tsx"), code: '"use client";\nconst m = import("@/lib/content/store");', errors: 1 },
    { filename: at("app/posts/page.tsx"), code: 'import { getPosts } from "@/lib/content/store";', errors: 1 },
    { filename: at("lib/embeds/youtube.ts"), code: 'import { compilePost } from "../render/compile";', errors: 1 },
    { filename: at("lib/browser/theme.ts"), code: 'import { getPosts } from "../content/store";', errors: 1 },
  ],
});
