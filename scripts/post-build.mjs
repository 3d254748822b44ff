// Trunk post-build hook (see Trunk.toml), run on every `trunk build`:
//  1. moves the loader Trunk inlines into index.html to its own hashed file, so the page
//     needs no inline script and its Content-Security-Policy can forbid them;
//  2. puts the prerendered first view (written by `cargo xtask build`, named by the
//     LANDSCAPE_PRERENDER variable) in place of the `<!-- prerender -->` mark, and allows
//     its one inline script, the guard, by its hash in the Content-Security-Policy;
//  3. copies index.html to 404.html, so hosts that answer unknown paths with 404.html
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
const mark = '<!-- prerender -->';
const fragmentFile = process.env.LANDSCAPE_PRERENDER;
const fragment = fragmentFile && fs.existsSync(fragmentFile) ? fs.readFileSync(fragmentFile, 'utf8') : '';
let allowed = null;
if (fragment) {
  const guard = fragment.match(/<script>([\s\S]*?)<\/script>/);
  if (!guard) throw new Error('post-build: the prerendered view has no guard script');
  allowed = guard[0];
  const hash = `'sha256-${crypto.createHash('sha256').update(guard[1]).digest('base64')}'`;
  if (!/script-src 'self'/.test(html)) throw new Error("post-build: no script-src 'self' in the CSP to extend");
  html = html.replace("script-src 'self'", `script-src 'self' ${hash}`);
}
html = html.replace(mark, () => fragment);
const inlineLeft = html.replace(allowed ?? '\u0000', '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(inlineLeft)) throw new Error('post-build: an inline script is left in index.html');
fs.writeFileSync(file, html);
fs.writeFileSync(path.join(dir, '404.html'), html);
