// A small static file server for the release build (`dist/`), used by `cargo xtask serve`,
// the end-to-end tests and the benchmark. Usage: node e2e/static-server.mjs DIR [PORT] [PREFIX]
// Binds 127.0.0.1 only. PREFIX (e.g. /some/path/) serves DIR under a sub-path, as a host would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// Compressed like any static host or CDN would (brotli, else gzip), so the tests and the
// bench see the bytes a visitor's browser really receives. Each file is compressed once.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);
const compressed = new Map();

function encode(file, st, encoding) {
  const key = `${file}|${st.mtimeMs}|${st.size}|${encoding}`;
  if (!compressed.has(key)) {
    const raw = fs.readFileSync(file);
    const big = raw.length > 2 * 1024 * 1024;
    compressed.set(key, encoding === 'br'
      ? zlib.brotliCompressSync(raw, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: big ? 5 : 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : zlib.gzipSync(raw, { level: big ? 6 : 9 }));
  }
  return compressed.get(key);
}

/** Starts a server; resolves to { server, port, url, close() }. */
export function serve(dir, { port = 0, prefix = '/' } = {}) {
  const root = path.resolve(dir);
  if (!prefix.endsWith('/')) prefix += '/';
  // Long URLs are part of the tests (hostile query strings): accept headers up to 64 KB.
  const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    pathname = pathname.slice(prefix.length);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403);
      return res.end();
    }
    if (pathname === '' || pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
      }
      const ext = path.extname(file);
      const type = TYPES[ext] || 'application/octet-stream';
      const accepts = String(req.headers['accept-encoding'] || '');
      const encoding = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
      if (encoding) {
        const body = encode(file, st, encoding);
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, { ...headers, 'content-length': st.size });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        server, port: actual, url: `http://127.0.0.1:${actual}${prefix}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const s = await serve(dir, { port: Number(port), prefix });
  console.log(`serving ${dir} on ${s.url}`);
}
