/**
 * The import rules of the layout (README "Layout"), as one ESLint rule: each folder
 * lists what its modules may import, so data flows one way (files -> lib/content ->
 * lib/views -> app/ -> components/) and browser code never pulls in server modules.
 * Type-only imports are always allowed: they are erased before anything runs. Tests,
 * scripts, benchmarks and e2e specs are tools and may import anything.
 *
 * A path in a list is a folder (ending in /) or a module (without extension);
 * "npm" means any package, "node:" Node's built-in modules, "next/", "react" those packages.
 */
import path from "node:path";

/** Modules every server stage may use: the configuration, URL paths and slugs. */
const PURE = ["lib/site", "lib/http/routes", "lib/taxonomy/slugs"];
/** What code that runs in the reader's browser may import: not the configuration, which is read from a file. */
const BROWSER = ["react", "react-dom", "next/", "lib/http/routes", "lib/browser/", "lib/search/client", "lib/search/browser", "lib/search/query", "lib/search/snippet", "lib/search/tokenize", "lib/search/search-index", "lib/embeds/click-to-load"];

/** First match wins. */
export const LAYERS = [
  { files: "lib/site", may: ["lib/config/"] },
  { files: "lib/config/", may: ["npm", "node:", "lib/content/errors", "lib/config/"] },
  { files: "lib/http/routes", may: [] },
  { files: "lib/taxonomy/slugs", may: ["lib/site", "lib/http/routes", "npm"] },
  { files: "lib/content/", may: ["npm", "node:", ...PURE, "lib/config/", "lib/content/"] },
  { files: "lib/embeds/click-to-load", may: BROWSER },
  { files: "lib/embeds/", may: ["react", ...PURE, "lib/content/errors", "lib/content/messages", "lib/content/plaintext", "lib/content/shortcode-args", "lib/embeds/"] },
  { files: "lib/hugo/", may: ["npm", "node:", ...PURE, "lib/content/", "lib/embeds/", "lib/hugo/"] },
  { files: "lib/render/", may: ["npm", "node:", ...PURE, "lib/content/", "lib/embeds/", "lib/hugo/", "lib/render/"] },
  { files: "lib/taxonomy/", may: ["npm", ...PURE, "lib/content/", "lib/taxonomy/"] },
  { files: "lib/search/client", may: BROWSER },
  { files: "lib/search/browser", may: BROWSER },
  { files: "lib/search/query", may: BROWSER },
  { files: "lib/search/snippet", may: BROWSER },
  { files: "lib/search/tokenize", may: BROWSER },
  { files: "lib/search/search-index", may: BROWSER },
  { files: "lib/search/", may: ["npm", "node:", ...PURE, "lib/content/", "lib/render/", "lib/search/"] },
  { files: "lib/seo/", may: ["npm", "node:", ...PURE, "lib/content/", "lib/render/", "lib/embeds/", "lib/taxonomy/", "lib/seo/", "lib/http/"] },
  { files: "lib/browser/", may: BROWSER },
  { files: "lib/http/", may: ["npm", ...PURE, "lib/http/", "lib/embeds/"] },
  { files: "lib/publish/", may: ["npm", "node:", "next/", ...PURE, "lib/content/", "lib/render/", "lib/taxonomy/", "lib/http/", "lib/publish/"] },
  { files: "lib/views/", may: ["npm", "node:", ...PURE, "lib/content/", "lib/render/", "lib/taxonomy/", "lib/seo/", "lib/views/", "lib/http/", "lib/browser/"] },
  // Next loads the cache handler by itself (next.config.ts cacheHandler): it stands alone.
  { files: "lib/cache/", may: ["npm", "node:"] },
  { files: "lib/authoring/", may: ["npm", "node:", "lib/"] },
  { files: "lib/test-helpers", may: ["npm", "node:", "lib/"] },
  {
    files: "components/",
    may: ["react", "react-dom", "next/", ...PURE, "lib/browser/", "lib/embeds/", "lib/search/", "lib/render/evaluate", "lib/seo/jsonld", "lib/content/dates", "lib/content/links", "components/"],
  },
  { files: "app/", may: ["react", "next", "next/", ...PURE, "lib/views/", "lib/seo/", "lib/search/", "lib/http/", "lib/publish/", "lib/browser/theme", "components/", "app/"] },
  { files: "instrumentation", may: ["lib/publish/"] },
  { files: "proxy", may: ["next/", "lib/http/"] },
  { files: "next.config", may: ["next", "node:", "lib/http/"] },
];

const TOOLS = /^(scripts|bench|e2e|eslint)\/|\.test\.tsx?$|^(vitest|playwright|postcss|eslint)\.config\./;

function target(spec, file) {
  if (spec.startsWith("node:")) return "node:";
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return spec;
}

function allowed(may, to) {
  const isPackage = !to.startsWith("lib/") && !to.startsWith("components/") && !to.startsWith("app/") && to !== "node:";
  return may.some((m) => {
    if (m === "npm") return isPackage;
    if (m === "node:") return to === "node:";
    if (m.endsWith("/")) return to.startsWith(m) || to === m.slice(0, -1);
    return to === m || to.startsWith(`${m}/`) || to.replace(/\/index$/, "") === m;
  });
}

const isTypeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

export const layersPlugin = {
  rules: {
    layers: {
      meta: { type: "problem", schema: [], docs: { description: "what each folder may import (README Layout)" } },
      create(context) {
        const file = path.relative(context.cwd, context.filename).split(path.sep).join("/").replace(/\.(tsx?|mjs|js)$/, "");
        if (TOOLS.test(path.relative(context.cwd, context.filename).split(path.sep).join("/"))) return {};
        const client = context.sourceCode.ast.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
        const layer = client ? { files: "a client component", may: [...BROWSER, "components/"] } : LAYERS.find((l) => file === l.files || (l.files.endsWith("/") && file.startsWith(l.files)));
        if (!layer) return {};
        const check = (node, source) => {
          if (!source || typeof source.value !== "string" || isTypeOnly(node)) return;
          const to = target(source.value, file);
          if (allowed(layer.may, to)) return;
          context.report({
            node: source,
            message: `${file} (${client ? "browser code" : layer.files}) may not import ${source.value}; it may import ${layer.may.join(", ")} (see README "Layout")`,
          });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source),
          ExportNamedDeclaration: (node) => check(node, node.source),
          ExportAllDeclaration: (node) => check(node, node.source),
          ImportExpression: (node) => check(node, node.source),
        };
      },
    },
  },
};
