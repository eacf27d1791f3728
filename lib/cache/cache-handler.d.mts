import type { CacheHandler, CacheHandlerContext, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";

/** Next's incremental cache handler: Redis when REDIS_URL is set, Next's file-system cache otherwise (see cache-handler.mjs). */
export default class SharedCacheHandler implements CacheHandler {
  constructor(ctx: CacheHandlerContext);
  readonly shared: boolean;
  get(...args: Parameters<CacheHandler["get"]>): Promise<CacheHandlerValue | null>;
  set(...args: Parameters<CacheHandler["set"]>): Promise<void>;
  revalidateTag(...args: Parameters<CacheHandler["revalidateTag"]>): Promise<void>;
  resetRequestCache(): void;
}
/** JSON-safe form of a cache value (Buffers as base64, Maps as entries) and back. */
export function encodeValue(v: unknown): unknown;
export function decodeValue(v: unknown): unknown;
/** The newest modification time under `dir` (ms), reused for a second unless `fresh`. */
export function contentStamp(dir?: string, fresh?: boolean): number;
/** The build id of a server folder (`<distDir>/server`), read once; "dev" when there is none. */
export function buildIdOf(serverDistDir: string): string;
/** Closes the process's Redis connections. */
export function closeAll(): Promise<void>;
/** The straddle rule: a render asked for before this process's last revalidation is not stored. */
export function noteAsk(key: string, now?: number): void;
export function renderPredatesRevalidation(key: string): boolean;
export function noteRevalidation(now?: number): void;
export function forgetRenders(): void;
