// `npm run bench`: runs every bench/*.bench.ts (after the build), each writing
// bench/results/<suite>.json, then rewrites the numbers table in BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const suites = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')));

let failed = 0;
for (const file of suites) {
  console.log(`\n━━ bench ${file}`);
  const result = spawnSync('tsx', [join('bench', file)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}

const resultsDir = join('bench', 'results');
const results = existsSync(resultsDir)
  ? readdirSync(resultsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(resultsDir, f), 'utf8')))
  : [];

const rows = results.flatMap((r) =>
  Object.entries(r.metrics).map(
    ([name, m]) =>
      `| ${r.suite} | ${name} | ${m.value} ${m.unit} | ${m.baseline ?? '—'} | ${m.ratio ?? '—'} | ${r.date.slice(0, 10)} | ${m.note ?? ''} |`,
  ),
);
const machines = [...new Set(results.map((r) => r.machine))].map((m) => `- ${m}`).join('\n');
const table = [
  '<!-- results:start -->',
  'Machine(s) of the last run:',
  '',
  machines,
  '',
  '| suite | metric | value | baseline | ratio | date | note |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '<!-- results:end -->',
].join('\n');

const doc = readFileSync('BENCHMARKS.md', 'utf8');
writeFileSync('BENCHMARKS.md', doc.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, table));
console.log(`\nBENCHMARKS.md updated (${rows.length} metrics).`);
process.exit(failed > 0 ? 1 : 0);
