/** Pages of a list: page N of 20 (the site's page size), or null for a page that does not exist. */
import { parsePageParam } from "../http/params";
import { site } from "../site";

function paginate<T>(items: T[], page: number, size = site.pageSize): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}

export type ListPage<T> = { items: T[]; page: number; pages: number };

/** One page of a list (`size` a page, the site's page size unless given); null when the page param is not a page that exists. */
export function listPage<T>(items: T[], pageParam: string | undefined, size = site.pageSize): ListPage<T> | null {
  const n = pageParam === undefined ? 1 : parsePageParam(pageParam);
  if (n === null) return null;
  const result = paginate(items, n, size);
  if (n > result.pages) return null;
  return result;
}
