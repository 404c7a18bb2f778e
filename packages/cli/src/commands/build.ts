import { isAbsolute, dirname, join, resolve } from 'node:path';
import type { BuildConfig, BuildResult, BuildStages } from '@wikispec/build';
import { UsageError } from '@wikispec/snapshot';
import type { Argv, CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { readTextFile, writeDirectoryAtomic } from '../files.js';
import type { CliIo } from '../io.js';
import { exitCodeFor } from '../report-error.js';

/** Flags `build` and `check` share. */
export interface BuildLikeArgs {
  config: string;
  offline: boolean;
  only?: string[];
  concurrency?: number;
  out?: string;
  workers?: number;
}

/** The conventional exit code of a process stopped by SIGINT/SIGTERM (128 + 2). */
const EXIT_INTERRUPTED = 130 as ExitCodeValue;

/**
 * Loads @wikispec/build, in the handlers only: it brings codegen, ts-morph, prettier and openapi, about a second of
 * start-up that `--help`, `diff` and every other light command would otherwise pay (see startup-imports.test.ts).
 */
export function loadBuildPackage(): Promise<typeof import('@wikispec/build')> {
  return import('@wikispec/build');
}

/** Adds the flags `build` and `check` share. */
export function buildLikeOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('config', { alias: 'c', type: 'string', default: 'wikispec.config.json', describe: 'Config file (see wikispec.config.schema.json)' })
    .option('offline', { type: 'boolean', default: false, describe: "Build from each wiki's snapshot file instead of fetching" })
    .option('only', { type: 'string', array: true, describe: 'Build only these wikis (by name)' })
    .option('concurrency', { alias: 'j', type: 'number', describe: 'Wikis built at once (default: the config, else 4)' })
    .option('out', { alias: 'o', type: 'string', describe: "Output directory (default: the config's outDir, else generated)" })
    .option('workers', { type: 'number', describe: 'Worker threads for OpenAPI/client generation (default: one per core; 0: none)' })
    .check((args) => {
      if (args.workers !== undefined && (!Number.isInteger(args.workers) || args.workers < 0 || args.workers > 64)) {
        throw new UsageError('--workers must be an integer from 0 to 64');
      }
      if (args.concurrency !== undefined && (!Number.isInteger(args.concurrency) || args.concurrency < 1 || args.concurrency > 64)) {
        throw new UsageError('--concurrency must be an integer from 1 to 64');
      }
      return true;
    });
}

/** Reads and resolves the config named by the flags. */
export async function loadBuildConfig(args: BuildLikeArgs, io: CliIo): Promise<BuildConfig> {
  const { parseConfig, resolveConfig } = await loadBuildPackage();
  const path = isAbsolute(args.config) ? args.config : resolve(io.cwd, args.config);
  const file = parseConfig(await readTextFile(path), args.config);
  return resolveConfig(file, dirname(path), {
    ...(args.out === undefined ? {} : { outDir: resolve(io.cwd, args.out) }),
    ...(args.concurrency === undefined ? {} : { concurrency: args.concurrency }),
  });
}

/** Runs the build in memory with progress on stderr (redrawn on a TTY, log lines otherwise). */
export async function runBuild(args: BuildLikeArgs, io: CliIo, config: BuildConfig, stages: BuildStages, realStages = false): Promise<BuildResult> {
  const { ProgressDisplay, buildWikis, canUseWorkers, defaultWorkerCount, selectWikis, withWorkerStages } = await loadBuildPackage();
  const progress = new ProgressDisplay((text) => io.stderr(text), { tty: io.stderrIsTTY });
  // CPU-bound stages of the real implementation go to worker threads (one per core) when several wikis are built.
  const wikiCount = selectWikis(config, args.only).length;
  const workers = Math.min(args.workers ?? defaultWorkerCount(wikiCount), wikiCount);
  const pool = realStages && workers > 1 && canUseWorkers() ? withWorkerStages(stages, workers) : undefined;
  try {
    return await buildWikis(config, {
      stages: pool ?? stages,
      offline: args.offline,
      ...(args.only === undefined ? {} : { only: args.only }),
      ...(io.signal === undefined ? {} : { signal: io.signal }),
      onStep: (wiki, step) => progress.update(wiki, step),
    });
  } finally {
    progress.finish();
    await pool?.close();
  }
}

/** The exit code for failed wikis: 70 if any failure is a bug, else 4 if any is remote, else 3. */
export function failureExitCode(result: BuildResult): ExitCodeValue {
  const codes = result.wikis.flatMap((wiki) => (wiki.ok ? [] : [exitCodeFor(wiki.error)]));
  if (codes.length === 0) return ExitCode.Ok;
  if (codes.includes(ExitCode.Internal)) return ExitCode.Internal;
  if (codes.includes(ExitCode.Remote)) return ExitCode.Remote;
  return ExitCode.InvalidInput;
}

/** Runs `wikispec build` with the given stages (tests inject fakes). */
export async function buildHandler(args: BuildLikeArgs, io: CliIo, stages?: BuildStages): Promise<ExitCodeValue> {
  const { BuildAbortedError, SITE_DIRECTORY, defaultStages, findStaleFiles, formatBuildSummary } = await loadBuildPackage();
  const config = await loadBuildConfig(args, io);
  let result: BuildResult;
  try {
    result = await runBuild(args, io, config, stages ?? defaultStages(), stages === undefined);
  } catch (error) {
    if (error instanceof BuildAbortedError) {
      io.stderr('wikispec: interrupted before writing; every output is unchanged\n');
      return EXIT_INTERRUPTED;
    }
    throw error;
  }
  // Only directories with a changed, missing or extra file are rewritten: a no-op build touches nothing.
  const stale = await findStaleFiles(result);
  const staleDirectories = new Set(stale.map((file) => file.path.split('/')[0] ?? ''));
  const written = new Map<string, number>();
  // With every wiki failed there is nothing new to show: the docs site stays as it was, like every other output.
  const anyWikiBuilt = result.wikis.some((wiki) => wiki.ok);
  for (const output of result.outputs) {
    if (!staleDirectories.has(output.directory)) continue;
    if (!anyWikiBuilt && output.directory === SITE_DIRECTORY) continue;
    if (io.signal?.aborted) {
      io.stderr('wikispec: interrupted; every output is either its old or its new version (rerun to finish)\n');
      return EXIT_INTERRUPTED;
    }
    if (!io.stderrIsTTY) io.stderr(`wikispec: writing ${output.directory}/\n`);
    // Each directory is replaced as a whole (temporary sibling + rename): readers see all old or all new files.
    await writeDirectoryAtomic(join(result.outDir, output.directory), output.files);
    written.set(output.directory, stale.filter((file) => file.path.startsWith(`${output.directory}/`)).length);
  }
  io.stdout(formatBuildSummary(result.wikis, written));
  const siteWritten = written.get('site');
  io.stdout(`Outputs in ${result.outDir}${siteWritten === undefined ? '' : `; docs site ${join(result.outDir, 'site', 'index.html')}`}.\n`);
  for (const wiki of result.wikis) {
    if (!wiki.ok) {
      const message = wiki.error instanceof Error ? wiki.error.message.split('\n')[0] : String(wiki.error);
      io.stderr(`error: ${wiki.name}: ${wiki.step}: ${message}\n`);
      const hint = (wiki.error as { hint?: unknown }).hint;
      if (typeof hint === 'string' && hint !== '') io.stderr(`hint: ${hint}\n`);
    }
  }
  return failureExitCode(result);
}

/** `wikispec build`: every configured wiki to snapshot, OpenAPI, client, docs site and changelog. */
export const buildCommand: CommandModule<object, BuildLikeArgs> = {
  command: 'build',
  describe: 'Build every configured wiki: snapshot, OpenAPI (JSON and YAML), client package, docs site, changelog',
  builder: (yargs) => buildLikeOptions(yargs) as unknown as Argv<BuildLikeArgs>,
  handler: (args) => runWithContext(args as unknown as Record<string, unknown>, ({ io }) => buildHandler(args, io)),
};
