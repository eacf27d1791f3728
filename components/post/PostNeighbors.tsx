import type { PostLink } from "@/lib/views/post-footer";

function Side({ link, label, align }: { link: PostLink | null; label: string; align: "left" | "right" }) {
  if (!link) return <span />;
  return (
    <a
      href={link.href}
      rel={align === "left" ? "prev" : "next"}
      className={`block rounded-lg border border-neutral-200 p-4 hover:bg-neutral-50 dark:border-neutral-800 dark:hover:bg-neutral-900 ${align === "right" ? "text-right" : ""}`}
    >
      <span className="block text-sm text-neutral-600 dark:text-neutral-400">{label}</span>
      <span className="mt-1 block font-medium text-sky-800 dark:text-sky-300">{link.title}</span>
    </a>
  );
}

/** 上一篇 is the older post, 下一篇 the newer one, as on the site's lists. */
export function PostNeighbors({ older, newer }: { older: PostLink | null; newer: PostLink | null }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label="上一篇與下一篇" className="mt-10 grid gap-4 sm:grid-cols-2">
      <Side link={older} label="← 上一篇" align="left" />
      <Side link={newer} label="下一篇 →" align="right" />
    </nav>
  );
}
