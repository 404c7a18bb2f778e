#!/usr/bin/env node
// `wikispec build` at scale (issue 6): builds 1, 10 and 100 wikis offline with every output (snapshot, OpenAPI JSON +
// YAML, client package, docs site, changelog) through the real CLI, and prints the time, the time per wiki and the
// growth ratio against the 1-wiki baseline measured in the same run. Target: linear or better; 100 wikis < 60 s.
//
// The wikis are varied from the two real captures (a farm: same MediaWiki, different sites and extension sets):
// every wiki gets its own sitename, wikiid and server; every third drops a module, every fifth gains an enum value,
// and every seventh is a byte-identical copy of an earlier one (shared through the content-addressed stage cache).
// The others share per-text and per-file work through the generation memo (help Markdown, prettier, transpile).
// BENCH_WIKIS=1,10 limits the sizes (e.g. for a quick run).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'test-artifacts', 'bench-build');
const bin = join(root, 'packages/cli/dist/bin.js');
const { parseSnapshot, serializeSnapshot } = await import(join(root, 'packages/snapshot/dist/index.js'));

const captures = ['core', 'full'].map((name) =>
  parseSnapshot(readFileSync(join(root, `test/fixtures/wikis/mw-1.39-${name}/paraminfo-capture.json`), 'utf8')),
);

/** Wiki number `i` of the farm: a variation of one of the real captures. */
function variant(i) {
  // Every seventh wiki repeats wiki i-1 byte for byte (a mirror): identical inputs are built once.
  const n = i > 0 && i % 7 === 0 ? i - 1 : i;
  const base = captures[n % 2];
  const server = `https://wiki${n}.example.org`;
  let modules = base.modules;
  if (n % 3 === 1) {
    const leaves = modules.filter((module) => module.path.includes('+') && !modules.some((other) => other.path.startsWith(`${module.path}+`)));
    const drop = leaves[n % leaves.length].path;
    modules = modules.filter((module) => module.path !== drop);
  }
  if (n % 5 === 2) {
    modules = modules.map((module) =>
      module.path !== 'query+allpages'
        ? module
        : { ...module, parameters: module.parameters.map((p) => (Array.isArray(p.type) && p.name === 'filterredir' ? { ...p, type: [...p.type, `farm${n}`] } : p)) },
    );
  }
  return { ...base, wiki: { ...base.wiki, sitename: `Farm wiki ${n}`, wikiid: `farm${n}`, server, apiUrl: `${server}/w/api.php` }, modules };
}

function prepare(count) {
  const dir = join(work, `n${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'snapshots'), { recursive: true });
  const wikis = [];
  for (let i = 0; i < count; i++) {
    const name = `wiki${String(i).padStart(3, '0')}`;
    writeFileSync(join(dir, 'snapshots', `${name}.json`), serializeSnapshot(variant(i)));
    wikis.push({ name, snapshot: `snapshots/${name}.json` });
  }
  writeFileSync(join(dir, 'wikispec.config.json'), JSON.stringify({ concurrency: 8, wikis }));
  return dir;
}

function build(dir) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, 'build', '--offline'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-2000), result.stderr.slice(-2000));
    throw new Error(`wikispec build exited ${result.status} in ${dir}`);
  }
  return seconds;
}

function treeBytes(dir) {
  const out = spawnSync('du', ['-sb', join(dir, 'generated')], { encoding: 'utf8' });
  return Number(out.stdout.split('\t')[0]);
}

const sizes = (process.env.BENCH_WIKIS ?? '1,10,100').split(',').map(Number);
const rows = [];
for (const count of sizes) {
  const dir = prepare(count);
  const cold = build(dir);
  const noop = build(dir);
  rows.push({ count, cold, noop, bytes: treeBytes(dir) });
  console.log(`${String(count).padStart(3)} wikis: build ${cold.toFixed(1)} s (${(cold / count).toFixed(2)} s/wiki), no-op rebuild ${noop.toFixed(1)} s, generated/ ${(treeBytes(dir) / 1e6).toFixed(1)} MB`);
}
const baseline = rows[0];
const table = [
  '| wikis | build | per wiki | growth vs 1 wiki (time ratio / wiki ratio) | no-op rebuild | generated/ |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => {
    const growth = row.cold / baseline.cold / (row.count / baseline.count);
    return `| ${row.count} | ${row.cold.toFixed(1)} s | ${(row.cold / row.count).toFixed(2)} s | ${growth.toFixed(2)} | ${row.noop.toFixed(1)} s | ${(row.bytes / 1e6).toFixed(1)} MB |`;
  }),
];
const largest = rows[rows.length - 1];
const verdict =
  `${largest.count} wikis in ${largest.cold.toFixed(1)} s on ${availableParallelism()} cores ` +
  `(target: under 60 s for 100; growth ${(largest.cold / baseline.cold / (largest.count / baseline.count)).toFixed(2)}, where 1.00 is linear and below 1 is better than linear).`;
console.log(`\n${table.join('\n')}\n\n${verdict}`);
if (process.env.BENCH_MD) {
  appendFileSync(
    process.env.BENCH_MD,
    `## wikispec build at scale\n\n\`scripts/bench/build.mjs\`: \`wikispec build --offline\` with every output on a farm of wikis varied from the two real captures (own sitename/server each; modules dropped, enum values added; every seventh a mirror). Worker threads: one per core.\n\n${table.join('\n')}\n\n${verdict}\n\n`,
  );
}
