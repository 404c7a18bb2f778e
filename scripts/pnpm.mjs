#!/usr/bin/env node
// Runs the pinned pnpm without needing it installed globally: a fresh machine has only Node and npm.
// The version comes from package.json's packageManager field, so there is one place to bump it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const rootManifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pinned = String(rootManifest.packageManager ?? '').replace(/^pnpm@/, '');
if (!/^\d+\.\d+\.\d+$/.test(pinned)) {
  console.error(`error: package.json packageManager must pin pnpm as pnpm@X.Y.Z, got "${rootManifest.packageManager}"`);
  process.exit(2);
}
const result = spawnSync('npx', ['--yes', `pnpm@${pinned}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, npm_config_update_notifier: 'false' },
});
if (result.error) {
  console.error(`error: could not run pnpm@${pinned} through npx: ${result.error.message}`);
  process.exit(70);
}
process.exit(result.status ?? 70);
