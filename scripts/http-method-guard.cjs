/**
 * Preloaded into the production server (`node --require`, see scripts/start.mjs):
 * answers TRACE and TRACK with 405 and an Allow header before Next sees the request. Next builds a web Request
 * for the proxy, and undici throws on TRACE, so without this the server logs a stack
 * trace and answers 500. The check is one string comparison per request, on the
 * `request` event every http.Server emits; every other request passes untouched.
 * TRACK never becomes a request: Node's parser does not know the method and reports a
 * client error, answered 405 here instead of Node's default 400.
 */
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS
const http = require("node:http");

const REFUSED = new Set(["TRACE", "TRACK"]);
const ALLOW = "GET, HEAD";
const emit = http.Server.prototype.emit;

/** Whether the bytes the parser refused start a TRACK request. */
const isTrack = (packet) => Buffer.isBuffer(packet) && packet.subarray(0, 6).toString("latin1") === "TRACK ";

http.Server.prototype.emit = function emitGuarded(event, req, res) {
  if (event === "request" && REFUSED.has(req.method)) {
    res.writeHead(405, { Allow: ALLOW, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Length": "23" });
    res.end("405 Method Not Allowed\n");
    return true;
  }
  // TRACK is no method to Node's parser: it reports a client error, whose default answer is 400.
  if (event === "clientError" && req && req.code === "HPE_INVALID_METHOD" && res && res.writable && isTrack(req.rawPacket)) {
    res.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 23\r\nConnection: close\r\n\r\n405 Method Not Allowed\n`);
    return true;
  }
  return emit.apply(this, arguments);
};
