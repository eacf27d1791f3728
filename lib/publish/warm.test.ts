import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { WARM_MAX, warmOrder, warmPaths } from "./warm";

describe("warming after a revalidation", () => {
  it("asks for the changed posts, the front page and /posts/ first, at most WARM_MAX paths, no repeats", () => {
    const paths = ["/sitemap.xml", "/tags/a/", "/", "/posts/", "/posts/new/", ...Array.from({ length: 60 }, (_, i) => `/tags/t${i}/`)];
    const order = warmOrder(paths, ["new", "gone"]);
    expect(order.slice(0, 5)).toEqual(["/posts/new/", "/", "/posts/", "/sitemap.xml", "/tags/a/"]);
    expect(order).toHaveLength(WARM_MAX);
    expect(new Set(order).size).toBe(order.length);
  });

  it("requests every path on the server and counts the 2xx answers", async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(req.url!);
      res.statusCode = req.url === "/missing/" ? 404 : 200;
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    try {
      expect(await warmPaths(["/", "/posts/", "/missing/"], `http://127.0.0.1:${port}`)).toBe(2);
      expect(seen.sort()).toEqual(["/", "/missing/", "/posts/"]);
    } finally {
      server.close();
    }
  });
});
