/** 草稿: marks a draft, which only `next dev` shows. */
export function DraftBadge() {
  return <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-bold text-amber-900">草稿</span>;
}
