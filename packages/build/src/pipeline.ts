import { join } from 'node:path';
import { serializeSnapshot, countSnapshot, type Snapshot } from '@wikispec/snapshot';
import { updateChangelog } from './changelog.js';
import type { WikiConfig } from './config.js';
import { ConfigError, BuildAbortedError } from './errors.js';
import { readOptionalSnapshot, readOptionalText, readSnapshotFile } from './read-files.js';
import type { BuildFile, BuildStages, ChangeReport, StepName } from './stages.js';

/** Options of one wiki's build. */
export interface WikiBuildOptions {
  stages: BuildStages;
  /** Directory holding `<wiki>/` outputs; the previous snapshot and changelog are read from it. */
  outDir: string;
  /** Use the configured snapshot file instead of fetching. */
  offline: boolean;
  signal?: AbortSignal;
  onStep?: (step: StepName) => void;
}

/** A wiki that was built: its files (relative to `<outDir>/<wiki>/`) and what the docs site needs. */
export interface WikiBuildSuccess {
  name: string;
  ok: true;
  files: BuildFile[];
  snapshot: Snapshot;
  /** openapi.json text, when built. */
  openapiJson: string | undefined;
  /** CHANGELOG.md text, when built. */
  changelog: string | undefined;
  /** Diff against the previous snapshot; undefined on the first build. */
  changes: ChangeReport | undefined;
  /** Whether a changelog entry was added by this build. */
  changelogEntryAdded: boolean;
  /** Whether the snapshot came from the wiki (true) or a file (false). */
  fetched: boolean;
}

/** A wiki whose build failed; the others carry on. */
export interface WikiBuildFailure {
  name: string;
  ok: false;
  error: unknown;
  /** The step that failed. */
  step: StepName;
}

/** The outcome of one wiki's build. */
export type WikiBuildResult = WikiBuildSuccess | WikiBuildFailure;

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BuildAbortedError(signal.reason);
}

async function currentSnapshot(wiki: WikiConfig, options: WikiBuildOptions): Promise<{ snapshot: Snapshot; fetched: boolean }> {
  if (options.offline || wiki.apiUrl === undefined) {
    if (wiki.snapshot === undefined) {
      throw new ConfigError(`wiki ${JSON.stringify(wiki.name)} has no "snapshot" file to build from offline`, {
        hint: 'add "snapshot": "generated/<wiki>/snapshot.json" to its config entry, or build without --offline',
      });
    }
    return { snapshot: await readSnapshotFile(wiki.snapshot), fetched: false };
  }
  const snapshot = await options.stages.fetch(wiki, { userAgent: wiki.userAgent, ...(options.signal === undefined ? {} : { signal: options.signal }) });
  return { snapshot, fetched: true };
}

/** Builds one wiki's outputs in memory. Never throws: failures come back as a WikiBuildFailure naming the step. */
export async function buildWiki(wiki: WikiConfig, options: WikiBuildOptions): Promise<WikiBuildResult> {
  let step: StepName = 'fetch';
  const enter = (next: StepName): void => {
    throwIfAborted(options.signal);
    step = next;
    options.onStep?.(next);
  };
  try {
    enter('fetch');
    const { snapshot, fetched } = await currentSnapshot(wiki, options);
    enter('snapshot');
    const wikiDir = join(options.outDir, wiki.name);
    const serialized = serializeSnapshot(snapshot);
    const files: BuildFile[] = [];
    const want = wiki.outputs;
    if (want.has('snapshot')) files.push({ path: 'snapshot.json', contents: serialized });
    let openapiJson: string | undefined;
    if (want.has('openapi-json') || want.has('openapi-yaml') || want.has('docs')) {
      enter('openapi');
      const openapi = await options.stages.openapi(snapshot, { version: wiki.openapiVersion, source: 'snapshot.json' });
      openapiJson = openapi.json;
      if (want.has('openapi-json')) files.push({ path: 'openapi.json', contents: openapi.json });
      if (want.has('openapi-yaml')) files.push({ path: 'openapi.yaml', contents: openapi.yaml });
    }
    if (want.has('client')) {
      enter('client');
      const clientFiles = await options.stages.client(snapshot, { packageName: wiki.clientPackageName, source: 'snapshot.json' });
      for (const file of clientFiles) files.push({ path: `client/${file.path}`, contents: file.contents });
    }
    let changelog: string | undefined;
    let changes: ChangeReport | undefined;
    let changelogEntryAdded = false;
    const previous = await readOptionalSnapshot(join(wikiDir, 'snapshot.json'));
    if (previous !== undefined && serializeSnapshot(previous) !== serialized) {
      enter('changelog');
      changes = await options.stages.changes(previous, snapshot);
    }
    if (want.has('changelog')) {
      enter('changelog');
      const previousText = await readOptionalText(join(wikiDir, 'CHANGELOG.md'));
      const updated = updateChangelog({ wikiName: wiki.name, previousText, previous, head: snapshot, headSerialized: serialized, report: changes });
      changelog = updated.text;
      changelogEntryAdded = updated.added;
      files.push({ path: 'CHANGELOG.md', contents: changelog });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    enter('done');
    return { name: wiki.name, ok: true, files, snapshot, openapiJson: want.has('docs') ? openapiJson : undefined, changelog, changes, changelogEntryAdded, fetched };
  } catch (error) {
    if (error instanceof BuildAbortedError) throw error;
    options.onStep?.('failed');
    return { name: wiki.name, ok: false, error, step };
  }
}

/** Module and parameter counts of a built wiki, for summaries. */
export function wikiCounts(snapshot: Snapshot): { modules: number; parameters: number } {
  const counts = countSnapshot(snapshot);
  return { modules: counts.modules, parameters: counts.parameters };
}
