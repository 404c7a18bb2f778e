#!/usr/bin/env node
// Typed client benchmark (issue 4): generation time, tsc --noEmit time of a small program using the generated client
// beside the same program written against types-mediawiki-api (target: no slower than 1.5x), and the minified +
// gzipped size of a browser bundle that makes one call with the generated client (target: under 4 KB).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'test-artifacts', 'bench-client');
const { generateClient } = await import(join(root, 'packages/codegen/dist/index.js'));
const { parseSnapshot } = await import(join(root, 'packages/snapshot/dist/index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

// --- Generation time (baseline: parsing the same snapshot, which every consumer pays anyway) ---
const generation = [];
let fullFiles;
let smallFiles;
for (const [name, path] of [['small (23 modules)', 'test/fixtures/small/snapshot.json'], ['1.39 full (142 modules)', 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json']]) {
  const text = readFileSync(join(root, path), 'utf8');
  const parseTimes = [];
  const genTimes = [];
  let files;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const snapshot = parseSnapshot(text);
    parseTimes.push(performance.now() - t);
    t = performance.now();
    files = await generateClient(snapshot, { source: path });
    genTimes.push(performance.now() - t);
  }
  if (name.startsWith('1.39')) fullFiles = files;
  else smallFiles = files;
  generation.push({ name, parse: median(parseTimes), gen: median(genTimes), bytes: files.reduce((n, f) => n + f.contents.length, 0) });
}

// --- tsc --noEmit: the same program against the generated client and against types-mediawiki-api ---
rmSync(work, { recursive: true, force: true });
for (const [dir, files] of [['client', fullFiles], ['client-small', smallFiles]]) {
  for (const file of files) {
    mkdirSync(dirname(join(work, dir, file.path)), { recursive: true });
    writeFileSync(join(work, dir, file.path), file.contents);
  }
}
const calls = [
  ["{ action: 'parse', page: 'Main Page', prop: ['text', 'categories'] }", 'ApiParseParams'],
  ["{ action: 'edit', title: 'Sandbox', text: 'hello', summary: 'test' }", 'ApiEditPageParams'],
  ["{ action: 'query', list: 'allpages', aplimit: 10, apnamespace: 0 }", 'ApiQueryAllPagesParams'],
  ["{ action: 'query', generator: 'allpages', gaplimit: 5, prop: ['revisions'], rvprop: ['content'] }", 'ApiQueryRevisionsParams'],
  ["{ action: 'query', meta: 'siteinfo', siprop: ['general', 'namespaces'] }", 'ApiQuerySiteinfoParams'],
  ["{ action: 'query', list: 'recentchanges', rclimit: 'max', rcprop: ['title', 'timestamp'] }", 'ApiQueryRecentChangesParams'],
];
const programs = {
  generated: `import { createClient } from './client/dist/index.js';
const client = createClient({ apiUrl: 'https://example.org/w/api.php', userAgent: 'bench/1.0' });
export async function run(): Promise<void> {
${calls.map(([params]) => `  await client.request(${params});`).join('\n')}
}
`,
  'types-mediawiki-api': `import type { ${[...new Set(calls.map(([, type]) => type))].join(', ')} } from 'types-mediawiki-api';
declare function request(params: object): Promise<unknown>;
export async function run(): Promise<void> {
${calls.map(([params, type], i) => `  const p${i}: ${type} = ${params};\n  await request(p${i});`).join('\n')}
}
`,
};
const tscTimes = {};
for (const [name, program] of Object.entries(programs)) {
  const dir = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'program.ts'), program.replaceAll('./client/', '../client/'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['ES2022', 'DOM'] }, files: ['program.ts'] }));
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`tsc failed for ${name}:\n${r.stdout}${r.stderr}`);
  }
  tscTimes[name] = median(times);
}
const tscRatio = tscTimes.generated / tscTimes['types-mediawiki-api'];

// --- One-call browser bundle of the generated client ---
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: work, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
const openapiFetch = await bundle(`import createClient from 'openapi-fetch';
createClient({ baseUrl: 'https://example.org/w' }).GET('/api.php', { params: { query: { action: 'query' } } }).then(console.log);`);
const oneCall = (dir) => `import { createClient } from './${dir}/src/index.ts';
createClient({ apiUrl: 'https://example.org/w/api.php', userAgent: 'bench/1.0' }).request({ action: 'query', meta: 'siteinfo' }).then(console.log);`;
const generatedBundle = await bundle(oneCall('client'));
const smallBundle = await bundle(oneCall('client-small'));
const runtimeOnly = await bundle(`import { createApiClient } from '@wikispec/runtime';
createApiClient({ apiUrl: 'https://example.org/w/api.php', userAgent: 'bench/1.0' }).request({ action: 'query', meta: 'siteinfo' }).then(console.log);`);
// What a generated client adds to the core besides its table: `client.continue` keeps continueQuery in every bundle.
const runtimeWithContinue = await bundle(`import { createApiClient, continueQuery } from '@wikispec/runtime';
const core = createApiClient({ apiUrl: 'https://example.org/w/api.php', userAgent: 'bench/1.0' });
console.log({ request: core.request, continue: (params) => continueQuery(core, params) });
core.request({ action: 'query', meta: 'siteinfo' }).then(console.log);`);

const lines = [
  '## Typed client (codegen)',
  '',
  '| Generation | parse snapshot (baseline) | generateClient | ratio | output |',
  '| --- | --- | --- | --- | --- |',
  ...generation.map((g) => `| ${g.name} | ${ms(g.parse)} | ${ms(g.gen)} | ${(g.gen / g.parse).toFixed(1)}x | ${Math.round(g.bytes / 1024)} KB |`),
  '',
  `tsc --noEmit of a ${calls.length}-call program (median of 3, skipLibCheck): generated client (1.39 full) ${ms(tscTimes.generated)}, types-mediawiki-api ${ms(tscTimes['types-mediawiki-api'])}: **${tscRatio.toFixed(2)}x** (target ≤ 1.5x) ${tscRatio <= 1.5 ? 'PASS' : 'FAIL'}`,
  '',
  '| One-call browser bundle (esbuild, minified, gzip -9) | minified | gzipped | vs openapi-fetch | < 4096 B |',
  '| --- | ---: | ---: | ---: | --- |',
  `| openapi-fetch (baseline) | ${openapiFetch.min} B | ${openapiFetch.gzip} B | 1.00x | |`,
  `| runtime core alone (createApiClient, no table, no continue) | ${runtimeOnly.min} B | ${runtimeOnly.gzip} B | ${(runtimeOnly.gzip / openapiFetch.gzip).toFixed(2)}x | ${runtimeOnly.gzip < 4096 ? 'PASS' : 'FAIL'} |`,
  `| runtime core + continueQuery (what \`client.continue\` adds) | ${runtimeWithContinue.min} B | ${runtimeWithContinue.gzip} B | ${(runtimeWithContinue.gzip / openapiFetch.gzip).toFixed(2)}x | ${runtimeWithContinue.gzip < 4096 ? 'PASS' : 'FAIL'} |`,
  `| generated client, small wiki (8-action table) | ${smallBundle.min} B | ${smallBundle.gzip} B | ${(smallBundle.gzip / openapiFetch.gzip).toFixed(2)}x | ${smallBundle.gzip < 4096 ? 'PASS' : 'FAIL'} |`,
  `| generated client, 1.39 full wiki | ${generatedBundle.min} B | ${generatedBundle.gzip} B | ${(generatedBundle.gzip / openapiFetch.gzip).toFixed(2)}x | ${generatedBundle.gzip < 4096 ? 'PASS' : 'FAIL'} |`,
  '',
  `The generated client is the core, continueQuery and its per-wiki module table (token type, token parameter, POST-only and sensitive parameters of every action that needs them): the table and createClient cost ${smallBundle.gzip - runtimeWithContinue.gzip} B gzipped on the small wiki and ${generatedBundle.gzip - runtimeWithContinue.gzip} B on the 1.39 full wiki.`,
  '',
];
console.log(lines.join('\n'));
if (process.env.BENCH_MD) appendFileSync(process.env.BENCH_MD, `${lines.join('\n')}\n`);
