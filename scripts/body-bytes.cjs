/**
 * Preloaded into the production server (`node --require`, see scripts/start.mjs), like
 * http-method-guard.cjs: keeps the UTF-8 bytes of the large strings responses end with.
 *
 * Next sends a prerendered or ISR page as one string (`res.end(html)`, send-payload.js),
 * the same string object on every request (its memory cache holds the entry). Node 20
 * encodes a two-byte string (any page with Chinese text) to UTF-8 on every write: for the
 * 74 KB post page that was 0.2 ms of the ~1 ms the request costs, writev 25% of the serving
 * CPU in a steady-state profile (bench/RESULTS.md, issue 20). Here the bytes are encoded
 * once and the same Buffer is written after. Next also counts the string's bytes for its
 * Content-Length on every request (`Buffer.byteLength`, 7.7% of the serving CPU in a later
 * profile, 1,000 posts): a string whose bytes are kept is answered from them. The key is
 * the string itself, so what goes out is always exactly what Next passed: a page Next
 * re-renders is a new string and gets its own bytes; the old ones age out. Small strings
 * (an error text, a redirect) are left to Node: encoding them costs less than looking
 * them up.
 */
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS
const http = require("node:http");

/** Strings shorter than this are encoded by Node as before. */
const MIN_CHARS = 8 * 1024;
/** Bytes kept at most (least recently sent go first); BODY_BYTES_MAX_MB=0 turns the preload off. */
const MAX_BYTES = Number(process.env.BODY_BYTES_MAX_MB ?? 32) * 1024 * 1024;

/** @type {Map<string, Buffer>} in order of last use */
const kept = new Map();
let held = 0;

/** The UTF-8 bytes of `text`, encoded once while it stays among the recently sent. */
function encoded(text) {
  const hit = kept.get(text);
  if (hit) {
    kept.delete(text);
    kept.set(text, hit);
    return hit;
  }
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > MAX_BYTES) return bytes;
  kept.set(text, bytes);
  held += bytes.length;
  for (const [key, value] of kept) {
    if (held <= MAX_BYTES) break;
    kept.delete(key);
    held -= value.length;
  }
  return bytes;
}

/** The UTF-8 length of `text` when its bytes are kept, else undefined (counting is left to Node). */
function knownLength(text) {
  return kept.get(text)?.length;
}

const proto = http.ServerResponse.prototype;
const { end } = proto;
const utf8 = (encoding) => typeof encoding !== "string" || encoding === "utf8" || encoding === "utf-8";

if (MAX_BYTES > 0) {
  proto.end = function (chunk, encoding, cb) {
    if (typeof chunk === "string" && chunk.length >= MIN_CHARS && utf8(encoding)) {
      return end.call(this, encoded(chunk), typeof encoding === "function" ? encoding : cb);
    }
    return end.apply(this, arguments);
  };
  const { byteLength } = Buffer;
  Buffer.byteLength = function (value, encoding) {
    if (typeof value === "string" && value.length >= MIN_CHARS && utf8(encoding)) {
      const length = knownLength(value);
      if (length !== undefined) return length;
    }
    return byteLength.apply(this, arguments);
  };
}

module.exports = { encoded, knownLength, held: () => held, MIN_CHARS };
