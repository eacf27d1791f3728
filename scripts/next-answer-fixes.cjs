/**
 * Preloaded into the production server (`node --require`, see scripts/start.mjs), like
 * http-method-guard.cjs: mends two answers Next 16.4 gets wrong for pages rendered on their
 * first request (every content route has `dynamicParams = true`, issue 19).
 *
 * 1. A redirect rendered on request (permanentRedirect() for an old URL, lib/views/redirects.ts)
 *    goes out with its `Location` header twice; browsers and fetch join them into
 *    "/about/, /about/" and land on a 404. The cached answer that follows has one. The
 *    duplicate is dropped when the head is written.
 * 2. A 404 page with no content:
 * a param no build listed is rendered on its first request as an incremental prerender;
 * when that render calls notFound(), Next 16.4 answers 404 with its recovery shell, an
 * `<html id="__next_error__">` without lang, layout or text, the page existing only in the
 * RSC payload (vercel/next.js#95613; a not-found.tsx in the segment does not change it,
 * tried). Without JavaScript the reader sees a blank page, and axe fails it (no lang).
 * The build's own 404 page (`<distDir>/server/app/_not-found.html`, the same not-found.tsx
 * in the root layout) is sent instead. Only HTML 404 answers are looked at: every other
 * response passes through after one status check on its first write.
 */
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS */
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
/* eslint-enable @typescript-eslint/no-require-imports */

const SHELL = Buffer.from('<html id="__next_error__">');

/** The build's 404 page: beside the standalone server.js, or in the project for `next start`. */
function notFoundPage() {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const roots = [require.main?.filename ? path.dirname(require.main.filename) : null, process.cwd()].filter(Boolean);
  for (const root of roots) {
    const file = path.resolve(root, dist, "server", "app", "_not-found.html");
    if (fs.existsSync(file)) return fs.readFileSync(file);
  }
  return null;
}

let page;
const codecs = {
  gzip: [zlib.gunzipSync, zlib.gzipSync],
  br: [zlib.brotliDecompressSync, zlib.brotliCompressSync],
  deflate: [zlib.inflateSync, zlib.deflateSync],
};

/** The body to send: the build's 404 page when Next's bytes are its empty shell, else Next's bytes. */
function replaced(body, encoding) {
  const codec = encoding ? codecs[encoding] : [(b) => b, (b) => b];
  if (!codec) return body;
  let html;
  try {
    html = codec[0](body);
  } catch {
    return body;
  }
  if (html.subarray(0, 64).indexOf(SHELL) < 0) return body;
  if (page === undefined) page = notFoundPage();
  return page ? codec[1](page) : body;
}

/** A header of the head being written: writeHead's own object first, then setHeader's. */
function headerOf(res, headers, name) {
  if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) if (k.toLowerCase() === name) return headers[k];
  return res.getHeader(name);
}

/** One Location where Next set the same one twice (in setHeader's list or writeHead's object). */
function singleLocation(res, headers) {
  const once = (v) => (Array.isArray(v) && v.length > 1 && v.every((x) => x === v[0]) ? v[0] : v);
  if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) if (k.toLowerCase() === "location") headers[k] = once(headers[k]);
  const set = res.getHeader("location");
  if (Array.isArray(set)) res.setHeader("location", once(set));
}

/** Whether a head is a 404 page's; its Content-Length goes (the body may change: chunked). */
function isNotFoundPage(res, status, headers) {
  if (status !== 404 || !String(headerOf(res, headers, "content-type") ?? "").startsWith("text/html")) return false;
  res.removeHeader("content-length");
  if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) if (k.toLowerCase() === "content-length") delete headers[k];
  return true;
}

// Patched once on the prototype, not per response: assigning write/end on every response
// object changed its shape and cost the post page ~17% of its requests/s (bench, 1-post
// site: 831 against 998 req/s for next start without the preload). Only a 404 page's
// response gets a state property.
const STATE = Symbol("next-answer-fixes");
const proto = http.ServerResponse.prototype;
const { writeHead, write, end } = proto;

/** The buffer of a 404 page's body, or null for every other response (decided at its head). */
function stateOf(res) {
  const s = res[STATE];
  if (s !== undefined) return s;
  // Head not written yet (no writeHead before the first write): decide now.
  if (res.statusCode === 404 && !res.headersSent && isNotFoundPage(res, 404)) return (res[STATE] = { chunks: [], encoding: undefined });
  return null;
}

const keep = (s, chunk, encoding) => {
  if (chunk && typeof chunk !== "function") s.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
};

proto.writeHead = function (status, reason, headers) {
  if (status >= 300 && this[STATE] === undefined) {
    const given = typeof reason === "string" ? headers : reason;
    if (status < 400) singleLocation(this, given);
    else if (isNotFoundPage(this, status, given)) this[STATE] = { chunks: [], encoding: headerOf(this, given, "content-encoding") };
  }
  return writeHead.apply(this, arguments);
};

// Next's compression wraps write/end again on each response, on top of these: it calls them.
proto.write = function (chunk, encoding, cb) {
  const s = stateOf(this);
  if (!s) return write.apply(this, arguments);
  keep(s, chunk, encoding);
  const done = [encoding, cb].find((f) => typeof f === "function");
  if (done) process.nextTick(done);
  return true;
};

proto.end = function (chunk, encoding, cb) {
  const s = stateOf(this);
  if (!s) return end.apply(this, arguments);
  keep(s, chunk, encoding);
  this[STATE] = null;
  const body = replaced(Buffer.concat(s.chunks), s.encoding ?? this.getHeader("content-encoding"));
  const done = [chunk, encoding, cb].find((f) => typeof f === "function");
  return done ? end.call(this, body, done) : end.call(this, body);
};
