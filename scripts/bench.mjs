#!/usr/bin/env node
// Runs every benchmark in scripts/bench/ (each prints its own figures, as ratios against a baseline measured in the
// same run) and collects their markdown sections into BENCHMARKS.md. Usage: pnpm bench [name-filter]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(join(root, 'scripts/bench'))
  .filter((name) => /\.(mjs|ts)$/.test(name) && name.includes(filter))
  .sort();

const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
const sections = new Map();
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const sectionFile = join(tmpdir(), `wikispec-bench-${process.pid}-${name}.md`);
  writeFileSync(sectionFile, '');
  const args = name.endsWith('.ts') ? [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/bench', name)] : [join(root, 'scripts/bench', name)];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_MD: sectionFile } });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench ${name} failed with exit code ${result.status}`);
  } else {
    sections.set(name, readFileSync(sectionFile, 'utf8').trim());
  }
  rmSync(sectionFile, { force: true });
}

// Each bench owns one marked section of BENCHMARKS.md, so `pnpm bench diff` refreshes only the diff figures.
const target = join(root, 'BENCHMARKS.md');
const header = `# Benchmarks\n\nWritten by \`pnpm bench\` (scripts/bench.mjs); \`pnpm bench <name>\` refreshes one section. Figures are ratios against a\nbaseline measured in the same run on the same machine (2 cores); absolute seconds vary between runs, ratios much less.\n`;
const previous = existsSync(target) ? readFileSync(target, 'utf8') : '';
const known = new Map();
for (const match of previous.matchAll(/<!-- bench:(\S+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) known.set(match[1], match[2]);
for (const [name, text] of sections) known.set(name, text);
const body = [...known.keys()].sort().map((name) => `<!-- bench:${name} -->\n${known.get(name)}\n<!-- /bench:${name} -->`).join('\n\n');
writeFileSync(`${target}.tmp`, `${header}\n${body}\n`);
renameSync(`${target}.tmp`, target);
console.log(`\nwrote ${target}`);
process.exit(failed === 0 ? 0 : 1);
