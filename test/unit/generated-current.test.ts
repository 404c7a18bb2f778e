// The drift check of the committed product output: rebuilds generated/ in memory from the repository's
// wikispec.config.json (offline, from the committed snapshots) and requires every file to be byte-identical, with no
// file missing or extra. Regenerate with `pnpm generate` (wikispec build --offline).
//
// Until the build outputs under generated/ have been committed (generated/site/index.html is the marker; the
// snapshots alone are not enough), this test SKIPS with a loud message. Once they are, it runs and fails on drift.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildWikis, defaultStages, findStaleFiles, parseConfig, resolveConfig } from '@wikispec/build';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const configText = readFileSync(new URL('wikispec.config.json', new URL('../../', import.meta.url)), 'utf8');
const config = resolveConfig(parseConfig(configText, 'wikispec.config.json'), repo);
const missing = config.wikis.filter((wiki) => wiki.snapshot === undefined || !existsSync(wiki.snapshot)).map((wiki) => wiki.name);
const built = existsSync(join(config.outDir, 'site', 'index.html'));
const skip = missing.length > 0 || !built;
if (skip) {
  process.stderr.write(
    `\n!! generated-current: SKIPPED: ${missing.length > 0 ? `no committed snapshot for ${missing.join(', ')}` : 'the build outputs (generated/site/index.html, …) are not committed'} yet.\n` +
      '!! Run `pnpm generate` (wikispec build --offline), commit generated/, and this drift check runs.\n\n',
  );
}

describe.skipIf(skip)('generated/ is current', () => {
  it('rebuilding offline from the committed snapshots changes no file', async () => {
    const result = await buildWikis(config, { stages: defaultStages(), offline: true });
    const failures = result.wikis.flatMap((wiki) => (wiki.ok ? [] : [`${wiki.name}: ${wiki.step}: ${String(wiki.error)}`]));
    expect(failures).toEqual([]);
    const stale = await findStaleFiles(result);
    expect(stale, 'generated/ is stale: run `pnpm generate` (wikispec build --offline) and commit the result').toEqual([]);
  }, 600_000);
});
