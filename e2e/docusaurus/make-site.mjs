// Writes and builds a real Docusaurus 3 blog (React 19, or React 18 from its own package) that embeds the explorer as the article's
// blog would: the article itself (data/article.es.md) as an MDX post with the README's
// snippet pasted after the compute-marketplaces list, a second post with another embed,
// and a post without one. Two variants:
//   post: the snippet (iframe + script) in each post, nothing in the site config;
//   site: the loader once in `scripts` of docusaurus.config.js, posts with the iframe only.
// Both build the English and Spanish locales; `post` also Japanese and Arabic (right to left),
// as the article's blog does among its 15. The explorer's address is a placeholder
// (EXPLORER_PLACEHOLDER) that the test's server swaps for the real one, so a build does not
// depend on a port and is reused while its inputs are unchanged (see `buildSite`).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const EXPLORER_PLACEHOLDER = 'https://landscape.invalid/landscape/';

/** The first ```html block of the README's "Embedding in a blog" section: the public
 * snippet blog authors copy, with `https://HOST/PATH/` as its placeholder. */
export function readmeSnippet() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## Embedding in a blog\s*$/m)[1];
  if (!section) throw new Error('README.md has no "## Embedding in a blog" section');
  const m = section.split(/^## /m)[0].match(/```html\n([\s\S]*?)\n```/);
  if (!m) throw new Error('README.md "Embedding in a blog" has no ```html block');
  return m[1];
}

/** The README's Docusaurus `scripts` line (first ```js block of its "Docusaurus" subsection). */
export function readmeSiteConfig() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(/^### Docusaurus\s*$/m)[1];
  if (!section) throw new Error('README.md has no "### Docusaurus" subsection');
  const m = section.split(/^##/m)[0].match(/```js\n([\s\S]*?)\n```/);
  if (!m) throw new Error('README.md "Docusaurus" has no ```js block');
  return m[1];
}

const forView = (snippet, view) => snippet
  .replaceAll('https://HOST/PATH/', EXPLORER_PLACEHOLDER)
  .replace('category=compute&chain=solana', view)
  .replace('?&', '?');

function files(variant) {
  const snippet = readmeSnippet();
  const iframeOnly = (s) => s.split('\n').filter((l) => !l.startsWith('<script')).join('\n');
  const embed = (view) => (variant === 'site' ? iframeOnly(forView(snippet, view)) : forView(snippet, view));
  const siteLine = readmeSiteConfig().replaceAll('https://HOST/PATH/', EXPLORER_PLACEHOLDER);
  const article = fs.readFileSync(path.join(root, 'data/article.es.md'), 'utf8');
  // Pasted where a blog author would: after the compute-marketplaces list.
  const lines = article.split('\n');
  const at = lines.findIndex((l) => l.startsWith('## Tokenización y entrenamiento de modelos'));
  if (at < 0) throw new Error('data/article.es.md: the models section heading is missing');
  lines.splice(at, 0, embed('category=compute&chain=solana'), '');
  // The blog index shows each post up to its truncate marker: after the first paragraph.
  const first = lines.findIndex((l, i) => i > 0 && l.startsWith('La combinación'));
  lines.splice(first + 1, 0, '', '{/* truncate */}');
  const post = lines.join('\n').replace(/^---\n/, '---\nslug: descentralizando-la-ia\n');
  return {
    'docusaurus.config.js': `// @ts-check
export default {
  title: 'Test blog',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  i18n: { defaultLocale: 'en', locales: ${JSON.stringify(variant === 'post' ? ['en', 'es', 'ja', 'ar'] : ['en', 'es'])} },
  ${variant === 'site' ? siteLine : ''}
  presets: [['classic', {
    docs: false,
    blog: { showReadingTime: false, onInlineAuthors: 'ignore', onUntruncatedBlogPosts: 'ignore' },
    theme: {},
  }]],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: false },
    navbar: { title: 'Test blog', items: [{ to: '/blog', label: 'Blog', position: 'left' }, { type: 'localeDropdown', position: 'right' }] },
  },
};
`,
    'blog/authors.yml': 'dora:\n  name: Dora\n  title: Author\n',
    'blog/2024-06-12-descentralizando-la-ia.mdx': post,
    'blog/2024-06-13-nft.mdx': `---\ntitle: NFT projects\nslug: nft\nauthors: [dora]\n---\n\nThe NFT section, embedded.\n\n{/* truncate */}\n\n${embed('category=nft')}\n\nBack to [the overview](/blog/descentralizando-la-ia).\n`,
    'blog/2024-06-10-full.mdx': `---\ntitle: The whole landscape\nslug: full\nauthors: [dora]\n---\n\nEvery project, embedded.\n\n{/* truncate */}\n\n${embed('')}\n\nThe end of the post.\n`,
    'blog/2024-06-11-no-embed.mdx': `---\ntitle: A post without an embed\nslug: no-embed\nauthors: [dora]\n---\n\nNothing embedded here.\n\n{/* truncate */}\n\nRead [the overview](/blog/descentralizando-la-ia).\n`,
    'src/pages/index.md': '# Test blog\n\nSee [the blog](/blog).\n',
  };
}

/** The npm package folder of each React version: its own lock file and node_modules. The
 * sites are written inside it, so that their modules resolve to that React. */
export const PACKAGES = { 19: here, 18: path.join(root, 'e2e/docusaurus-react18') };

/** Writes the site for `variant` and builds it with React `react` (19 or 18), unless a
 * build of the same inputs exists. Returns the build folder. */
export function buildSite(variant, { react = 19 } = {}) {
  const pkg = PACKAGES[react];
  const site = path.join(pkg, 'sites', variant);
  const out = path.join(root, 'target/docusaurus', `react${react}-${variant}`);
  const content = files(variant);
  const lock = fs.readFileSync(path.join(pkg, 'package-lock.json'), 'utf8');
  const hash = crypto.createHash('sha256').update(JSON.stringify(content) + lock).digest('hex');
  const stamp = path.join(out, '.inputs');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return out;
  fs.rmSync(site, { recursive: true, force: true });
  for (const [name, text] of Object.entries(content)) {
    fs.mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    fs.writeFileSync(path.join(site, name), text);
  }
  const started = Date.now();
  // Webpack's persistent cache is shared by both sites (one node_modules) and would mix
  // their generated modules up; the builds themselves are reused through the stamp above.
  fs.rmSync(path.join(pkg, 'node_modules/.cache'), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(pkg, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', site, '--out-dir', out], {
    cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DOCUSAURUS_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', BROWSERSLIST_IGNORE_OLD_DATA: '1' },
  });
  fs.writeFileSync(stamp, hash);
  console.error(`docusaurus: built the "${variant}" site on React ${react} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const react = Number(process.env.REACT || 19);
  for (const v of process.argv.slice(2).length ? process.argv.slice(2) : ['post', 'site']) console.log(buildSite(v, { react }));
}
