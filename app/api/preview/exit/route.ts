/** Ends a draft preview (lib/publish/preview.ts). */
import { handlePreviewExit } from "@/lib/publish/preview";

export const dynamic = "force-dynamic";

export const GET = handlePreviewExit;
