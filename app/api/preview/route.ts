/** Draft preview links (lib/publish/preview.ts). */
import { handlePreview } from "@/lib/publish/preview";

export const dynamic = "force-dynamic";

export const GET = handlePreview;
