// A plain static file server for one prerendered HTML file: the baseline next start is compared with.
import { createReadStream } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  createReadStream(file).pipe(res);
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
