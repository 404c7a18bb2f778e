#!/usr/bin/env node
// Runs every benchmark in scripts/bench/ (each prints its own figures, as ratios against a baseline measured in the
// same run) and collects their markdown sections into BENCHMARKS.md. Usage: pnpm bench [name-filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
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

const sectionsFile = join(tmpdir(), `wikispec-bench-${process.pid}.md`);
writeFileSync(sectionsFile, '');
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const args = name.endsWith('.ts') ? [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/bench', name)] : [join(root, 'scripts/bench', name)];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_MD: sectionsFile } });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench ${name} failed with exit code ${result.status}`);
  }
}
const sections = readFileSync(sectionsFile, 'utf8');
rmSync(sectionsFile, { force: true });
if (filter === '') {
  const header = `# Benchmarks\n\nWritten by \`pnpm bench\` (scripts/bench.mjs). Figures are ratios against a baseline measured in the same run on\nthe same machine (2 cores here); absolute seconds vary between runs, ratios much less.\n\n`;
  const target = join(root, 'BENCHMARKS.md');
  writeFileSync(`${target}.tmp`, header + sections);
  renameSync(`${target}.tmp`, target);
  console.log(`\nwrote ${target}`);
}
process.exit(failed === 0 ? 0 : 1);
