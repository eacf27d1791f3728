import { PREVIEW_EXIT_PATH } from "@/lib/http/routes";

/** 預覽: a draft-mode page (a preview link), which readers do not see; with the way out. */
export function PreviewBanner() {
  return (
    <p role="status" className="mb-6 rounded bg-amber-200 px-4 py-2 text-sm font-bold text-amber-950">
      預覽：這個頁面只有持有預覽連結的人看得到，不會出現在列表、訂閱或搜尋中。
      <a href={PREVIEW_EXIT_PATH} className="ml-2 underline">
        結束預覽
      </a>
    </p>
  );
}
