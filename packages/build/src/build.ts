import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { BuildConfig, WikiConfig } from './config.js';
import { selectWikis } from './config.js';
import { withStageCache } from './cache.js';
import { mapLimit } from './concurrency.js';
import { BuildAbortedError } from './errors.js';
import { buildWiki, type WikiBuildResult } from './pipeline.js';
import { listFiles, readOptionalSnapshot, readOptionalText } from './read-files.js';
import { buildSite, type SiteWiki } from './site/site.js';
import type { BuildFile, BuildStages, StepName } from './stages.js';

/** The folder (under outDir) of the docs site. */
export const SITE_DIRECTORY = 'site';

/** Options of `buildWikis`. */
export interface BuildOptions {
  stages: BuildStages;
  /** Build from the configured snapshot files instead of fetching. */
  offline?: boolean;
  /** Build only these wikis (the docs site still lists every configured wiki, from its committed outputs). */
  only?: readonly string[];
  /** Overrides the config's concurrency. */
  concurrency?: number;
  signal?: AbortSignal;
  /** Called whenever a wiki enters a step (for progress display). */
  onStep?: (wiki: string, step: StepName) => void;
  /** Share stage outputs across wikis with identical snapshots (default true). */
  shareWork?: boolean;
}

/** A directory under outDir and its complete new contents; writing it replaces the directory as a whole. */
export interface OutputDirectory {
  directory: string;
  files: BuildFile[];
}

/** Everything a build produced, in memory: nothing is written yet. */
export interface BuildResult {
  outDir: string;
  /** The selected wikis, in config order. */
  wikis: WikiBuildResult[];
  /** `<wiki>` folders of the wikis that succeeded, then `site` (when any wiki wants docs). */
  outputs: OutputDirectory[];
}

async function committedSiteWiki(outDir: string, wiki: WikiConfig): Promise<SiteWiki | undefined> {
  const directory = join(outDir, wiki.name);
  const snapshot = await readOptionalSnapshot(join(directory, 'snapshot.json')).catch(() => undefined);
  if (snapshot === undefined) return undefined;
  return {
    name: wiki.name,
    snapshot,
    openapiJson: await readOptionalText(join(directory, 'openapi.json')),
    changelog: await readOptionalText(join(directory, 'CHANGELOG.md')),
  };
}

/**
 * Builds the selected wikis with bounded concurrency, then the docs site. Never writes and never throws for one
 * wiki's failure (see each result's `ok`); throws BuildAbortedError when `signal` aborts, and ConfigError for a bad
 * `only` list.
 */
export async function buildWikis(config: BuildConfig, options: BuildOptions): Promise<BuildResult> {
  const selected = selectWikis(config, options.only);
  const stages = options.shareWork === false ? options.stages : withStageCache(options.stages);
  for (const wiki of selected) options.onStep?.(wiki.name, 'queued');
  const results = await mapLimit(selected, options.concurrency ?? config.concurrency, (wiki) =>
    buildWiki(wiki, {
      stages,
      outDir: config.outDir,
      offline: options.offline === true,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onStep: (step) => options.onStep?.(wiki.name, step),
    }),
  );
  if (options.signal?.aborted) throw new BuildAbortedError(options.signal.reason);
  const outputs: OutputDirectory[] = [];
  for (const result of results) if (result.ok) outputs.push({ directory: result.name, files: result.files });
  const docsWikis = config.wikis.filter((wiki) => wiki.outputs.has('docs'));
  if (docsWikis.length > 0) {
    const byName = new Map(results.map((result) => [result.name, result]));
    const siteWikis: SiteWiki[] = [];
    for (const wiki of docsWikis) {
      const result = byName.get(wiki.name);
      const entry = result?.ok
        ? { name: wiki.name, snapshot: result.snapshot, openapiJson: result.openapiJson, changelog: result.changelog }
        : await committedSiteWiki(config.outDir, wiki);
      if (entry !== undefined) siteWikis.push(entry);
    }
    outputs.push({ directory: SITE_DIRECTORY, files: await buildSite(siteWikis) });
  }
  return { outDir: config.outDir, wikis: results, outputs };
}

/** One file whose committed version differs from what a build produces. */
export interface StaleFile {
  /** Path relative to outDir, with `/`. */
  path: string;
  reason: 'changed' | 'missing' | 'extra';
}

function sameBytes(a: Uint8Array, b: string | Uint8Array): boolean {
  const other = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return Buffer.compare(a, other) === 0;
}

/** Compares a build's outputs with what is on disk; lists every changed, missing and extra file (sorted). */
export async function findStaleFiles(result: BuildResult): Promise<StaleFile[]> {
  const stale: StaleFile[] = [];
  for (const output of result.outputs) {
    const directory = join(result.outDir, output.directory);
    const onDisk = new Set(await listFiles(directory));
    for (const file of output.files) {
      const path = `${output.directory}/${file.path}`;
      if (!onDisk.has(file.path)) {
        stale.push({ path, reason: 'missing' });
        continue;
      }
      onDisk.delete(file.path);
      if (!sameBytes(await readFile(join(directory, file.path)), file.contents)) stale.push({ path, reason: 'changed' });
    }
    for (const extra of onDisk) stale.push({ path: `${output.directory}/${extra}`, reason: 'extra' });
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
