import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";
import type { MDXComponents } from "./mdx-components";

interface MdxModule {
  default: React.ComponentType<{ components?: MDXComponents }>;
}

/**
 * Runs a post compiled by lib/render/compile.ts on the server. The code is our own build
 * output (an IIFE expecting React and the JSX runtime as globals), so evaluating it
 * here ships neither an MDX runtime nor the post as client JavaScript.
 */
export function MdxContent({ code, components }: { code: string; components: MDXComponents }) {
  // The code is our own build output from lib/render/compile.ts, not user input at request time.
  const run = new Function("React", "ReactDOM", "_jsx_runtime", code) as (...args: unknown[]) => MdxModule;
  const Content = run(React, undefined, jsxRuntime).default;
  return <Content components={components} />;
}
