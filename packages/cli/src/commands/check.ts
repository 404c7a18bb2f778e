import type { BuildStages } from '@wikispec/build';
import type { Argv, CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { buildLikeOptions, failureExitCode, loadBuildConfig, loadBuildPackage, runBuild, type BuildLikeArgs } from './build.js';

interface CheckArgs extends BuildLikeArgs {
  'fail-on'?: 'breaking';
}

/** Runs `wikispec check` with the given stages (tests inject fakes). */
export async function checkHandler(args: CheckArgs, io: CliIo, stages?: BuildStages): Promise<ExitCodeValue> {
  const { defaultStages, findStaleFiles } = await loadBuildPackage();
  const config = await loadBuildConfig(args, io);
  const result = await runBuild(args, io, config, stages ?? defaultStages(), stages === undefined);
  const failed = failureExitCode(result);
  for (const wiki of result.wikis) {
    if (!wiki.ok) io.stderr(`error: ${wiki.name}: ${wiki.step}: ${wiki.error instanceof Error ? wiki.error.message.split('\n')[0] : String(wiki.error)}\n`);
  }
  if (failed !== ExitCode.Ok) return failed;
  let code: ExitCodeValue = ExitCode.Ok;
  const stale = await findStaleFiles(result);
  if (stale.length > 0) {
    io.stdout(`${stale.length} generated file(s) are stale (run wikispec build${args.offline ? ' --offline' : ''}):\n`);
    for (const file of stale) io.stdout(`  ${file.reason.padEnd(7)} ${file.path}\n`);
    code = ExitCode.Findings;
  } else {
    io.stdout(`generated files are current (${result.wikis.length} wiki(s)).\n`);
  }
  if (args['fail-on'] === 'breaking') {
    for (const wiki of result.wikis) {
      if (wiki.ok && wiki.changes !== undefined && wiki.changes.breaking > 0) {
        io.stdout(`\n${wiki.name}: ${wiki.changes.breaking} breaking API change(s) since the committed snapshot:\n\n${wiki.changes.markdown.trim()}\n`);
        code = ExitCode.Findings;
      }
    }
  }
  return code;
}

/** `wikispec check`: fails when generated/ is stale, or (with --fail-on breaking) when the API broke. */
export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check',
  describe: 'Rebuild in memory and fail (exit 1) when generated files are stale or, with --fail-on breaking, when the API broke',
  builder: (yargs) =>
    buildLikeOptions(yargs).option('fail-on', {
      type: 'string',
      choices: ['breaking'] as const,
      describe: 'Also fail on breaking API changes between the committed and the fetched snapshots',
    }) as unknown as Argv<CheckArgs>,
  handler: (args) => runWithContext(args as unknown as Record<string, unknown>, ({ io }) => checkHandler(args, io)),
};
