import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { layersPlugin } from "./eslint/layers.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // next/link costs about 4 kB gzip of first-load JS on every page that renders one, and
      // prefetches each link in view on a phone; a static page loads as fast from a plain <a>.
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use a plain <a>: see eslint.config.mjs." }] }],
    },
  },
  // What each folder may import: see eslint/layers.mjs and README "Layout".
  { plugins: { local: layersPlugin }, rules: { "local/layers": "error" } },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".e2e-content/**", "bench/.work/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];
export default config;
