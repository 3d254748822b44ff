// Trunk post-build hook (see Trunk.toml), run on every `trunk build`:
//  1. moves the loader Trunk inlines into index.html to its own hashed file, so the page
//     needs no inline script and its Content-Security-Policy can forbid them, and makes
//     it say so when the program cannot start (the JS glue or the wasm does not load, or
//     the browser has no WebAssembly) instead of leaving "Loading…" for ever;
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
// 0. Trunk's preload of the wasm goes: the loader below fetches it itself, with the same
//    integrity, beside the glue's import. As a <link rel=preload> in the head it was
//    fetched before the first paint, and Lighthouse's simulation counted its download into
//    the LCP of the prerendered view (see README, Size budget).
const wasmPreload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/;
const wasmIntegrity = (html.match(wasmPreload)?.[0].match(/integrity="([^"]+)"/) || [])[1];
html = html.replace(wasmPreload, '');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const code = loader(m[1]);
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  fs.writeFileSync(path.join(dir, name), code);
  const sri = 'sha384-' + crypto.createHash('sha384').update(code).digest('base64');
  html = html.replace(inline, `<script type="module" src="${publicUrl}${name}" integrity="${sri}" crossorigin="anonymous"></script>`);
}
/** Trunk's loader, rewritten to import the glue dynamically and catch any failure. */
function loader(trunk) {
  const glue = trunk.match(/import init, \* as bindings from '([^']+)';/);
  const wasm = trunk.match(/await init\(\{ module_or_path: '([^']+)' \}\)/);
  if (!glue || !wasm) throw new Error(`post-build: Trunk's loader has changed; update loader():\n${trunk}`);
  return `// Starts the explorer (rewritten from Trunk's loader by scripts/post-build.mjs).
const failed = (err) => {
  console.error('The explorer could not start:', err);
  // A panic has its own panel (ui::crash); anything else gets this one.
  if (document.querySelector('[data-error="panic"]')) return;
  for (const el of document.querySelectorAll('[data-prerender]')) el.remove();
  document.documentElement.removeAttribute('data-prerendered');
  let boot = document.getElementById('boot');
  if (!boot) {
    boot = document.createElement('div');
    boot.id = 'boot';
    boot.className = 'boot';
    document.body.prepend(boot);
  }
  boot.removeAttribute('aria-busy');
  boot.setAttribute('role', 'alert');
  boot.dataset.error = 'boot';
  const p = document.createElement('p');
  p.className = 'boot__label';
  p.textContent = 'The explorer could not start: its program did not load. · El explorador no pudo iniciarse: su programa no se cargó. ';
  const again = document.createElement('a');
  again.href = location.href;
  again.textContent = 'Reload · Recargar';
  p.append(again);
  boot.replaceChildren(p);
};
// The wasm is fetched first, beside the glue's import.
const program = fetch(${JSON.stringify(wasm[1])}${wasmIntegrity ? `, { integrity: ${JSON.stringify(wasmIntegrity)} }` : ''});
try {
  const { default: init, ...bindings } = await import(${JSON.stringify(glue[1])});
  const wasm = await init({ module_or_path: program });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (err) {
  failed(err);
}
`;
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
// 4. The first-view file `cargo xtask build` derives from the export (named by the
//    LANDSCAPE_FIRST_VIEW variable): copied next to the export, and the page preloads it
//    instead of the export, marked `data-first-view` so the app starts from it. A plain
//    `trunk build` has neither, and the app starts from the export itself.
const firstViewFile = process.env.LANDSCAPE_FIRST_VIEW;
if (firstViewFile && fs.existsSync(firstViewFile)) {
  fs.copyFileSync(firstViewFile, path.join(dir, 'data', 'first-view.json'));
  // The other locales' first-view files (first-view.<code>.json), written beside it.
  for (const f of fs.readdirSync(path.dirname(firstViewFile))) {
    if (/^(first-view\.[a-z]{2}|landscape\.([a-z]{2}|es-en))\.json$/.test(f)) fs.copyFileSync(path.join(path.dirname(firstViewFile), f), path.join(dir, 'data', f));
  }
  const preload = /<link rel="preload" href="data\/landscape\.json"/;
  if (!preload.test(html)) throw new Error('post-build: no preload of data/landscape.json to point at the first-view file');
  html = html.replace(preload, '<link rel="preload" href="data/first-view.json" data-first-view=""');
}
const inlineLeft = html.replace(allowed ?? '\u0000', '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(inlineLeft)) throw new Error('post-build: an inline script is left in index.html');
fs.writeFileSync(file, html);
fs.writeFileSync(path.join(dir, '404.html'), html);
