// Prints the gzipped size of the built app (every JS and CSS file under dist/) and
// fails when it is over the 60 KB budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

let files;
try {
  files = walk(dist).filter((f) => /\.(m?js|css)$/.test(f));
} catch {
  console.error('size: dist/ not found; run `npm run build` first');
  process.exit(1);
}

let raw = 0;
let gz = 0;
for (const f of files.sort()) {
  const buf = readFileSync(f);
  const z = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += z;
  console.log(`${relative(dist, f).padEnd(40)} ${(buf.length / 1024).toFixed(1).padStart(7)} KB  ${(z / 1024).toFixed(1).padStart(6)} KB gzip`);
}
const pct = ((gz / BUDGET) * 100).toFixed(0);
console.log(`total JS+CSS: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (budget 60 KB, ${pct}%)`);
if (gz > BUDGET) {
  console.error('size: over budget');
  process.exit(1);
}
