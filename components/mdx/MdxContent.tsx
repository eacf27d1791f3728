import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { evaluateMdx } from "@/lib/render/evaluate";
import type { MDXComponents } from "./mdx-components";

/** A compiled post's body, run on the server with React's runtime (see lib/render/evaluate.ts). */
export function MdxContent({ code, components }: { code: string; components: MDXComponents }) {
  const Content = evaluateMdx<React.ComponentType<{ components?: MDXComponents }>>(code, jsxRuntime).default;
  return <Content components={components} />;
}
