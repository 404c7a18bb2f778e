#!/usr/bin/env node
// `npm run demo` (after `wikispec build --offline`): prints what the bundled default produced and the API diff
// between the two bundled wikis (core MediaWiki 1.39 vs. the same with every Debian-packaged extension).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const repo = fileURLToPath(new URL('../', import.meta.url));
const { parseSnapshot, countSnapshot } = await import(new URL('../packages/snapshot/dist/index.js', import.meta.url).href);
const { checkSnapshots, formatReport } = await import(new URL('../packages/diff/dist/index.js', import.meta.url).href);

const config = JSON.parse(readFileSync(join(repo, 'wikispec.config.json'), 'utf8'));
const outDir = join(repo, config.outDir ?? 'generated');
const snapshots = [];
console.log('\nwikispec demo: the bundled default (wikispec.config.json)\n');
for (const wiki of config.wikis) {
  const path = join(outDir, wiki.name, 'snapshot.json');
  if (!existsSync(path)) {
    console.log(`  ${wiki.name}: no snapshot at ${path}`);
    continue;
  }
  const snapshot = parseSnapshot(readFileSync(path, 'utf8'), { source: path });
  const counts = countSnapshot(snapshot);
  snapshots.push([wiki.name, snapshot]);
  console.log(`  ${wiki.name.padEnd(14)} MediaWiki ${snapshot.wiki.mediawikiVersion ?? '?'}  ${String(counts.modules).padStart(4)} modules  ${String(counts.parameters).padStart(5)} parameters  ${snapshot.wiki.extensions.length} extensions`);
  console.log(`  ${''.padEnd(14)} ${config.outDir ?? 'generated'}/${wiki.name}/{snapshot.json,openapi.json,openapi.yaml,client/,CHANGELOG.md}`);
}
console.log(`\n  docs site: ${join(config.outDir ?? 'generated', 'site', 'index.html')} (open it from disk; no network needed)\n`);
if (snapshots.length === 2) {
  const [[baseName, base], [headName, head]] = snapshots;
  const report = checkSnapshots(base, head, { now: new Date(0) });
  console.log(`API diff ${baseName} -> ${headName}:\n`);
  console.log(formatReport(report, 'text'));
  // The findings list is long; repeat the verdict last so it is what the terminal shows.
  const { verdict, counts, configuration } = report.summary;
  console.log(
    `\n${baseName} -> ${headName}: verdict ${verdict}; code changes ${counts.breaking} breaking, ${counts.warning} warning, ${counts.info} info; ` +
      `configuration differences ${configuration.breaking + configuration.warning + configuration.info} (see above).`,
  );
  console.log(`Docs site: ${join(config.outDir ?? 'generated', 'site', 'index.html')}. Try: pnpm wikispec diff --help`);
}
