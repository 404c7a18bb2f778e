#!/usr/bin/env node
// Regenerates docs/rules.md from the rule registry of @wikispec/diff (read from source through tsx, so no build is
// needed). `--check` exits 1 when the committed file is stale. The unit test packages/diff/src/rules-doc.test.ts
// performs the same check.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const target = `${root}docs/rules.md`;
const render = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--input-type=module', '-e', "import { renderRulesDoc, rules } from './packages/diff/src/index.ts'; process.stdout.write(renderRulesDoc(rules));"],
  { cwd: root, encoding: 'utf8' },
);
if (render.status !== 0) {
  process.stderr.write(render.stderr);
  process.exit(70);
}
const text = render.stdout;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    process.stderr.write('docs/rules.md is stale: run node scripts/generate-rules-doc.mjs\n');
    process.exit(1);
  }
  process.exit(0);
}
const temporary = `${target}.tmp-${process.pid}`;
writeFileSync(temporary, text);
renameSync(temporary, target);
process.stdout.write(`wrote docs/rules.md (${text.split('\n## ').length - 1} rules)\n`);
