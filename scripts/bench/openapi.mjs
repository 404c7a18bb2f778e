#!/usr/bin/env node
// OpenAPI benchmark (issue 3): wikispec's full generation for the all-extensions snapshot (parse the snapshot file,
// toOpenApi, serialize to JSON) beside openapi-typescript 7 turning that same document into TypeScript types
// (openapiTS + astToString, in-process), in the same run. Target: wikispec takes no longer (ratio <= 1).
// Reads packages/*/dist (scripts/bench.mjs builds first). Artifacts go to test-artifacts/bench-openapi/.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'test-artifacts', 'bench-openapi');
mkdirSync(work, { recursive: true });
const { parseSnapshot } = await import(join(root, 'packages/snapshot/dist/index.js'));
const { toOpenApi, serializeOpenApi } = await import(join(root, 'packages/openapi/dist/index.js'));
const { default: openapiTS, astToString } = await import('openapi-typescript');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const input = 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json';
const text = readFileSync(join(root, input), 'utf8');

async function time(fn) {
  const start = performance.now();
  const result = await fn();
  return { elapsed: performance.now() - start, result };
}

const wikispecRuns = [];
const typesRuns = [];
let documentText = '';
let typesText = '';
for (let run = 0; run <= RUNS; run++) {
  const generated = await time(() => serializeOpenApi(toOpenApi(parseSnapshot(text, { source: input })), 'json'));
  documentText = generated.result;
  const document = JSON.parse(documentText);
  const types = await time(async () => astToString(await openapiTS(document, { defaultNonNullable: false })));
  typesText = types.result;
  // Run 0 is a warm-up (JIT, module loading) and is reported separately.
  if (run > 0) {
    wikispecRuns.push(generated.elapsed);
    typesRuns.push(types.elapsed);
  } else {
    wikispecRuns.cold = generated.elapsed;
    typesRuns.cold = types.elapsed;
  }
}
writeFileSync(join(work, 'mw-1.39-full.openapi.json'), documentText);
writeFileSync(join(work, 'mw-1.39-full.d.ts'), typesText);

const ours = median(wikispecRuns);
const theirs = median(typesRuns);
const ratio = ours / theirs;
const bytes = Buffer.byteLength(documentText);
const document = JSON.parse(documentText);
const operations = Object.values(document.paths).reduce((count, item) => count + (item.get ? 1 : 0) + (item.post ? 1 : 0), 0);
const lines = [
  '## OpenAPI generation (issue 3)',
  '',
  `Input: \`${input}\` (142 modules, 1071 parameters). Median of ${RUNS} runs after one warm-up run, same process.`,
  '',
  '| step | median | warm-up run |',
  '| --- | --- | --- |',
  `| wikispec: parse snapshot + toOpenApi + serialize JSON | ${ms(ours)} | ${ms(wikispecRuns.cold)} |`,
  `| openapi-typescript 7: same document -> types (baseline) | ${ms(theirs)} | ${ms(typesRuns.cold)} |`,
  '',
  `Ratio wikispec / openapi-typescript: **${ratio.toFixed(2)}** (target <= 1: ${ratio <= 1 ? 'met' : 'NOT met'}).`,
  `Document: ${(bytes / 1024).toFixed(0)} KiB JSON, ${Object.keys(document.paths).length} paths, ${operations} operations, ${Object.keys(document.components.parameters).length} shared parameters.`,
  '',
];
console.log(lines.join('\n'));
if (process.env.BENCH_MD) appendFileSync(process.env.BENCH_MD, `${lines.join('\n')}\n`);
