#!/usr/bin/env node
// Bench: `wikispec fetch` of the local all-extensions wiki (scripts/wiki.sh, port 8139) beside a plain curl-style
// baseline made in the same run: two bare GETs (siteinfo, then paraminfo modules=main|**), no retries, no parsing.
// Prints requests, seconds and bytes of each, and wikispec's figures as ratios of the baseline's (median of RUNS runs).
// Needs a build (`tsc -b`; pnpm bench does it). Usage: node scripts/bench/fetch.mjs
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_FETCH_RUNS ?? 5);
const apiUrl = 'http://127.0.0.1:8139/api.php';
const helpformat = 'html';

const distEntry = `${root}packages/fetch/dist/index.js`;
if (!existsSync(distEntry)) {
  console.error('bench fetch: packages/fetch/dist is missing; run `node scripts/pnpm.mjs exec tsc -b` first');
  process.exit(1);
}
const { fetchSnapshotWithStats } = await import(distEntry);
const { serializeSnapshot, countSnapshot } = await import(`${root}packages/snapshot/dist/index.js`);

const status = spawnSync('bash', [`${root}scripts/wiki.sh`, 'status', 'full'], { encoding: 'utf8' });
const wasRunning = /\brunning\b/.test(status.stdout);
if (!wasRunning) {
  const started = spawnSync('bash', [`${root}scripts/wiki.sh`, 'start', 'full'], { encoding: 'utf8' });
  if (started.status !== 0) {
    const why = started.stderr.trim().split('\n').pop();
    console.log(`bench fetch: SKIPPED, the local wiki is unavailable: ${why}`);
    if (process.env.BENCH_MD) appendFileSync(process.env.BENCH_MD, `## fetch\n\nSkipped: the local wiki is unavailable (${why}).\n\n`);
    process.exit(0);
  }
}

const userAgent = 'wikispec-bench/1.0 (scripts/bench/fetch.mjs)';

async function baseline() {
  let bytes = 0;
  const start = performance.now();
  for (const query of [
    'action=query&meta=siteinfo&siprop=general|namespaces|extensions&format=json&formatversion=2',
    `action=paraminfo&modules=main|**&helpformat=${helpformat}&format=json&formatversion=2`,
  ]) {
    const response = await fetch(`${apiUrl}?${query}`, { headers: { 'User-Agent': userAgent } });
    bytes += (await response.arrayBuffer()).byteLength;
  }
  return { requests: 2, seconds: (performance.now() - start) / 1000, bytes };
}

async function wikispec() {
  const start = performance.now();
  const { snapshot, stats } = await fetchSnapshotWithStats(apiUrl, { helpformat, userAgent });
  const text = serializeSnapshot(snapshot);
  return { requests: stats.requests, seconds: (performance.now() - start) / 1000, bytes: stats.bytes, snapshot, outputBytes: Buffer.byteLength(text) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await baseline(); // warm-up: PHP's opcode cache and the wiki's localisation cache
  await wikispec();
  const base = [];
  const ours = [];
  for (let run = 0; run < RUNS; run++) {
    base.push(await baseline());
    ours.push(await wikispec());
  }
  const last = ours.at(-1);
  const counts = countSnapshot(last.snapshot);
  const row = (label, runs) => ({
    label,
    requests: median(runs.map((r) => r.requests)),
    seconds: median(runs.map((r) => r.seconds)),
    bytes: median(runs.map((r) => r.bytes)),
  });
  const b = row('baseline (2 plain GETs)', base);
  const w = row('wikispec fetch', ours);
  const ratio = (x, y) => (y === 0 ? 'n/a' : `${(x / y).toFixed(2)}x`);
  const lines = [
    `wiki: ${apiUrl} (${counts.modules} modules, ${counts.parameters} parameters +${counts.templatedParameters} templated), helpformat=${helpformat}, median of ${RUNS} runs`,
    '',
    '| | requests | seconds | bytes received |',
    '| --- | ---: | ---: | ---: |',
    `| ${b.label} | ${b.requests} | ${b.seconds.toFixed(3)} | ${b.bytes} |`,
    `| ${w.label} | ${w.requests} | ${w.seconds.toFixed(3)} | ${w.bytes} |`,
    `| ratio wikispec / baseline | ${ratio(w.requests, b.requests)} | ${ratio(w.seconds, b.seconds)} | ${ratio(w.bytes, b.bytes)} |`,
    '',
    `snapshot written by wikispec: ${last.outputBytes} bytes`,
  ];
  console.log(lines.join('\n'));
  if (process.env.BENCH_MD) appendFileSync(process.env.BENCH_MD, `## fetch\n\n${lines.join('\n')}\n\n`);
} finally {
  if (!wasRunning) spawnSync('bash', [`${root}scripts/wiki.sh`, 'stop', 'full'], { encoding: 'utf8' });
}
