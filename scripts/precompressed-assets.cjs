/**
 * Preloaded into the production server (`node --require`, see scripts/start.mjs): answers a
 * request for a hashed build asset (`/_next/static/...`) with the Brotli or gzip copy that
 * scripts/precompress-assets.mjs wrote beside it, before Next sees the request. Next would
 * gzip the file again on every request (~8 ms of CPU for a 224 KB script) and never sends
 * Brotli, which is ~15% smaller here (the post page's scripts).
 *
 * STATIC_ASSETS_DIR names the folder served as /_next/static/; without it, or for a file
 * with no copy, a Range request or a client that takes neither encoding, the request goes
 * to Next untouched. The copies are read into memory once at start (~0.6 MB for this site):
 * hashed files never change under a running server. The answer carries what Next sends on
 * these files: the immutable Cache-Control, nosniff (lib/http/security-headers.ts keeps the
 * policies off hashed assets), Last-Modified and Vary.
 */
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const PREFIX = "/_next/static/";
const TYPES = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=UTF-8",
  ".txt": "text/plain; charset=UTF-8",
};

/** The extensions this serves, and so the ones scripts/precompress-assets.mjs compresses. */
const EXTENSIONS = Object.keys(TYPES);

/** @typedef {{ headers: Record<string, string>, mtimeSeconds: number, br?: Buffer, gzip?: Buffer }} Asset */

/** URL path under /_next/static/ -> its compressed copies. */
function indexAssets(dir) {
  /** @type {Map<string, Asset>} */
  const assets = new Map();
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(file);
        continue;
      }
      const type = TYPES[path.extname(entry.name)];
      if (!type) continue;
      const br = readIfThere(`${file}.br`);
      const gzip = readIfThere(`${file}.gz`);
      if (!br && !gzip) continue;
      const mtime = fs.statSync(file).mtime;
      const url = PREFIX + path.relative(dir, file).split(path.sep).join("/");
      // What Next sends on a hashed asset; the same for every request, so made once here.
      const headers = {
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "public, max-age=31536000, immutable",
        "Last-Modified": mtime.toUTCString(),
        Vary: "Accept-Encoding",
        "Content-Type": type,
      };
      assets.set(url, { headers, mtimeSeconds: Math.floor(mtime.getTime() / 1000), br, gzip });
    }
  };
  if (dir && fs.existsSync(dir)) walk(dir);
  return assets;
}

function readIfThere(file) {
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

/** The encodings a client takes, from Accept-Encoding (a `;q=0` refuses one). */
function accepted(header) {
  const out = new Set();
  if (typeof header !== "string") return out;
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    out.add(name.trim());
  }
  return out;
}

/**
 * Answers `req` from `assets` when it can; false when Next should. Exported for the unit test,
 * which drives it with a real http.Server.
 */
function serveCompressed(assets, req, res) {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url || !req.url.startsWith(PREFIX) || req.headers.range) return false;
  const query = req.url.indexOf("?");
  const asset = assets.get(query < 0 ? req.url : req.url.slice(0, query));
  if (!asset) return false;
  const encodings = accepted(req.headers["accept-encoding"]);
  const encoding = asset.br && encodings.has("br") ? "br" : asset.gzip && encodings.has("gzip") ? "gzip" : null;
  if (!encoding) return false;
  const since = Date.parse(String(req.headers["if-modified-since"] ?? ""));
  if (!req.headers["if-none-match"] && Number.isFinite(since) && asset.mtimeSeconds <= since / 1000) {
    res.writeHead(304, asset.headers);
    res.end();
    return true;
  }
  const body = encoding === "br" ? asset.br : asset.gzip;
  res.writeHead(200, { ...asset.headers, "Content-Encoding": encoding, "Content-Length": String(body.length) });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

const dir = process.env.STATIC_ASSETS_DIR;
if (dir) {
  let assets = new Map();
  try {
    assets = indexAssets(dir);
  } catch (error) {
    // An unreadable copy must not keep the server from starting: Next compresses per request then.
    console.warn(`precompressed assets: ${error instanceof Error ? error.message : error} (STATIC_ASSETS_DIR=${dir}); serving assets through Next`);
  }
  if (assets.size > 0) {
    const emit = http.Server.prototype.emit;
    http.Server.prototype.emit = function emitPrecompressed(event, req, res) {
      if (event === "request" && serveCompressed(assets, req, res)) return true;
      return emit.apply(this, arguments);
    };
  }
}

module.exports = { EXTENSIONS, indexAssets, serveCompressed, accepted };
