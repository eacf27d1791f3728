/**
 * A JSX runtime that renders straight to an HTML string, for feeds. Route handlers
 * may not import react-dom/server, and a feed needs static markup only: no hooks,
 * no client components, no hydration. The compiled MDX of a post (lib/render/compile.ts) takes
 * its JSX runtime as a parameter, so the same compiled code renders here.
 */

/** Markup that is already escaped. */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type StaticNode = Html | string | number | boolean | null | undefined | StaticNode[];
export type StaticComponent<P = Record<string, unknown>> = (props: P & { children?: StaticNode }) => StaticNode;

export const Fragment = Symbol.for("static-jsx.fragment");

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ATTR_NAMES: Record<string, string> = { className: "class", htmlFor: "for" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function renderNode(node: StaticNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (node instanceof Html) return node.html;
  if (Array.isArray(node)) return node.map(renderNode).join("");
  return escapeHtml(String(node));
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "key" || name === "ref" || name === "dangerouslySetInnerHTML") continue;
    if (value === null || value === undefined || value === false || typeof value === "function") continue;
    const attr = ATTR_NAMES[name] ?? name;
    // Only plain attribute names; anything else could break out of the tag.
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(attr)) continue;
    if (value === true) out += ` ${attr}`;
    else if (attr === "style" && typeof value === "object") out += ` style="${escapeHtml(styleText(value as Record<string, unknown>))}"`;
    else out += ` ${attr}="${escapeHtml(String(value))}"`;
  }
  return out;
}

type ElementType = string | typeof Fragment | StaticComponent;

export function jsx(type: ElementType, props: Record<string, unknown> | null): Html {
  const p = props ?? {};
  const children = p.children as StaticNode;
  if (type === Fragment) return new Html(renderNode(children));
  if (typeof type === "function") return new Html(renderNode(type(p)));
  if (typeof type !== "string" || !/^[a-z][a-z0-9-]*$/.test(type)) {
    throw new Error(`static-jsx: cannot render element type ${String(type)}`);
  }
  if (VOID.has(type)) return new Html(`<${type}${attributes(p)}>`);
  return new Html(`<${type}${attributes(p)}>${renderNode(children)}</${type}>`);
}

/** The shape the compiled MDX expects of `react/jsx-runtime`. */
export const staticJsxRuntime = { jsx, jsxs: jsx, jsxDEV: jsx, Fragment };

/** Element helper for hand-written static components: h("a", { href }, "text"). */
export function h(type: ElementType, props: Record<string, unknown> | null, ...children: StaticNode[]): Html {
  return jsx(type, { ...props, children: children.length === 1 ? children[0] : children });
}
