/** The revalidation webhook (lib/publish/endpoint.ts); also answers without the trailing slash. */
import { handleRevalidate } from "@/lib/publish/endpoint";

export const dynamic = "force-dynamic";

export const POST = handleRevalidate;
