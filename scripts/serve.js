#!/usr/bin/env node
// A small static server for dist/ on localhost, with the right MIME types (application/wasm lets the
// browser compile the module while it downloads) and the page's Content-Security-Policy as a header,
// which also covers the worker. Used by `./scripts/playground` and by the e2e tests.
//   node scripts/serve.js [DIR] [--port N] [--host H]      (default: dist, port 8000 or $PORT, 127.0.0.1)
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".py": "text/plain; charset=utf-8", // py/: the stdlib modules' sources the worker fetches
};

// The page's own policy, from the <meta http-equiv="Content-Security-Policy"> in index.html, sent as a
// header too: a header also covers the worker, and may say frame-ancestors, which a meta tag cannot.
function contentSecurityPolicy(root) {
  const html = fs.readFileSync(path.join(root, "index.html"), "utf8");
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i);
  return meta ? `${meta[1]}; frame-ancestors 'none'` : null;
}

function handler(root, csp) {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.join(root, pathname);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    fs.stat(file, (statError, stat) => {
      if (statError || !stat.isFile()) {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
        return;
      }
      // no-cache + a validator: the browser asks every time and an unchanged file costs a 304, so a
      // reload reuses its cached copy (and, for loopscope.wasm, the engine's cached compiled code).
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      const headers = {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        ...(csp && { "Content-Security-Policy": csp }),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
        ETag: etag,
      };
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      fs.readFile(file, (error, body) => {
        if (error) {
          response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
          return;
        }
        response.writeHead(200, { ...headers, "Content-Length": body.length });
        response.end(request.method === "HEAD" ? undefined : body);
      });
    });
  };
}

// Resolves to {server, url} once listening. Port 0 picks a free port.
function startServer({ root = "dist", host = "127.0.0.1", port = 8000 } = {}) {
  const dir = path.resolve(root);
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    return Promise.reject(new Error(`${dir}/index.html is missing: run \`npm run build\` first`));
  }
  const server = http.createServer(handler(dir, contentSecurityPolicy(dir)));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host.includes(":") ? `[${host}]` : host}:${actual}/` });
    });
  });
}

async function main(argv) {
  const options = { root: "dist", host: "127.0.0.1", port: Number(process.env.PORT || 8000) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") options.port = Number(argv[++i]);
    else if (argv[i] === "--host") options.host = argv[++i];
    else options.root = argv[i];
  }
  const explicitPort = argv.includes("--port") || Boolean(process.env.PORT);
  // The default port may be taken (another playground?): try the next few unless one was asked for.
  for (let attempt = 0; ; attempt++) {
    try {
      const { url } = await startServer(options);
      console.log(`LoopScope playground: ${url}  (serving ${path.relative(process.cwd(), path.resolve(options.root)) || "."}/, Ctrl-C to stop)`);
      return;
    } catch (error) {
      if (error.code === "EADDRINUSE" && !explicitPort && attempt < 20) {
        options.port += 1;
        continue;
      }
      console.error(`serve: ${error.message}`);
      process.exit(1);
    }
  }
}

module.exports = { startServer };

if (require.main === module) main(process.argv.slice(2));
