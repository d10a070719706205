/**
 * A tiny static file server on 127.0.0.1 for the browser tests: serves one folder (the build),
 * answers only GET and HEAD, never leaves the folder, and counts what it served.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, sep } from "path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Paths served, in order. */
  readonly served: readonly string[];
  close(): Promise<void>;
}

/** Serves `folder` on a free port of the loopback interface. */
export function serveFolder(folder: string): Promise<StaticServer> {
  const root = normalize(folder + sep);
  const served: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    const allowed = request.method === "GET" || request.method === "HEAD";
    if (!allowed || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(allowed ? 404 : 405, { "Content-Type": "text/plain" }).end(allowed ? "Not found" : "Method not allowed");
      return;
    }
    served.push(path);
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        served,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
