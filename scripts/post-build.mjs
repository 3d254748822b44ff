// Trunk post-build hook (see Trunk.toml), run on every `trunk build`:
//  1. moves the loader Trunk inlines into index.html to its own hashed file, so the page
//     needs no inline script and its Content-Security-Policy can forbid them;
//  2. copies index.html to 404.html, so hosts that answer unknown paths with 404.html
//     still open the explorer (it rewrites the address to its base path).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const code = m[1].trim() + '\n';
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  fs.writeFileSync(path.join(dir, name), code);
  const sri = 'sha384-' + crypto.createHash('sha384').update(code).digest('base64');
  html = html.replace(inline, `<script type="module" src="${publicUrl}${name}" integrity="${sri}" crossorigin="anonymous"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('post-build: an inline script is left in index.html');
fs.writeFileSync(file, html);
fs.writeFileSync(path.join(dir, '404.html'), html);
