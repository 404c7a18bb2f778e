import yargs from 'yargs';
import { UsageError } from '@wikispec/snapshot';
import { CONTEXT_KEY, type CommandContext } from './command-context.js';
import { commands } from './commands/index.js';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { reportError } from './report-error.js';
import { WIKISPEC_VERSION } from './version.js';

/** Runs the wikispec command line on `argv` (without node and script) and returns the exit code. Never exits. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const context: CommandContext = { io, exitCode: ExitCode.Ok };
  let helpOrVersionShown = false;
  const parser = yargs([...argv])
    .scriptName('wikispec')
    .usage('$0 <command> [options]\n\nSnapshots, OpenAPI documents, typed clients and breaking-change reports for the MediaWiki Action API.')
    .command([...commands])
    .demandCommand(1, 'a command is required (see wikispec --help)')
    .strict()
    .recommendCommands()
    .version(WIKISPEC_VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message ?? 'invalid command line');
    });
  try {
    await parser.parseAsync([...argv], { [CONTEXT_KEY]: context }, (_error, _parsed, output) => {
      if (output) {
        helpOrVersionShown = true;
        io.stdout(`${output}\n`);
      }
    });
    return helpOrVersionShown ? ExitCode.Ok : context.exitCode;
  } catch (error) {
    const code = reportError(error, io);
    if (code === ExitCode.Usage) io.stderr('Run wikispec --help for usage.\n');
    return code;
  }
}
