/**
 * The one evaluator of compiled posts. lib/render/compile.ts compiles a body into a
 * function body that takes a JSX runtime as its argument; the page runs it with
 * React's runtime (components/mdx/MdxContent.tsx), feeds with the string-rendering
 * one (lib/render/static-jsx.ts), so both render the same compiled code and neither
 * ships an MDX runtime or the post as client JavaScript.
 */

/** What the compiled code exports: its default is the post's body as a component. */
export interface MdxModule<Content> {
  default: Content;
}

/** The runtime a compiled body calls: react/jsx-runtime, or static-jsx's staticJsxRuntime. */
export interface JsxRuntime {
  jsx: unknown;
  jsxs: unknown;
  Fragment: unknown;
}

/** Runs compiled code. It is our own build output (lib/render/compile.ts), never request input. */
export function evaluateMdx<Content>(code: string, runtime: JsxRuntime): MdxModule<Content> {
  const run = new Function(code) as (jsxRuntime: JsxRuntime) => MdxModule<Content>;
  return run(runtime);
}
