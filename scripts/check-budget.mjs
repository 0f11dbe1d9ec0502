// Checks the production build against its size budget: the JavaScript a page loads before it can
// run (the entry module and every module it imports statically, recursively) may weigh at most
// 200 KB gzipped. Chunks loaded on demand with import() are left out, because the first view does
// not wait for them. Run after `vite build`; exits with code 1 when the budget is exceeded.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget, in bytes of gzip output (zlib's default level 6, as most static hosts use). */
export const BUDGET_BYTES = 200 * 1024;

const distDir = resolve(process.argv[2] ?? 'dist');
const indexPath = join(distDir, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`check-budget: ${relative(process.cwd(), indexPath)} not found. Run "npx vite build" first.`);
  process.exit(2);
}

/** Returns the page's module scripts and module preloads: the entry and the modules the build preloads. */
function entryFiles(html) {
  const files = [];
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.push(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.push(match[1]);
  return files.map((file) => resolve(distDir, file));
}

/**
 * Static imports of a built module: `import ... from "./x.js"`, `import "./x.js"` and
 * `export ... from "./x.js"`. A dynamic `import("./x.js")` has a parenthesis and does not match.
 */
function staticImports(file, source) {
  const imports = [];
  for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    imports.push(resolve(dirname(file), match[1]));
  }
  return imports;
}

const seen = new Set();
const queue = entryFiles(readFileSync(indexPath, 'utf8'));
const rows = [];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const source = readFileSync(file);
  rows.push({ file: relative(distDir, file), raw: source.length, gzip: gzipSync(source).length });
  queue.push(...staticImports(file, source.toString('utf8')));
}

const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${kb(row.gzip).padStart(10)} gzip ${kb(row.raw).padStart(10)} raw  ${row.file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'over';
console.log(`Initial JavaScript: ${kb(total)} gzipped, ${verdict} the budget of ${kb(BUDGET_BYTES)}.`);
if (total > BUDGET_BYTES) process.exit(1);
