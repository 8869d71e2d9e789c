// `npm run bench`: every benchmark in turn, each in its own process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const benches = [
  'bench/pages.ts',
  'bench/render-cost.ts',
  'bench/mixed-load.ts',
  'bench/documents.ts',
  'bench/district-zip.ts',
  'bench/region.ts',
  'bench/country.ts',
].filter((f) => fs.existsSync(f));
if (!fs.existsSync('.next/BUILD_ID')) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
let failed = false;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
