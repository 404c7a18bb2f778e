import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '@wikispec/snapshot';
import type { CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { writeFileAtomic } from '../files.js';
import type { CliIo } from '../io.js';

interface InitArgs {
  apiUrl: string;
  output: string;
  name?: string;
  force: boolean;
}

const SCHEMA_FILE = 'wikispec.config.schema.json';

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** Runs `wikispec init`. */
export async function initHandler(args: InitArgs, io: CliIo): Promise<ExitCodeValue> {
  // Loaded here, not at the top: @wikispec/build brings codegen, ts-morph and prettier (see startup-imports.test.ts).
  const { CONFIG_SCHEMA, createConfigText } = await import('@wikispec/build');
  const target = isAbsolute(args.output) ? args.output : resolve(io.cwd, args.output);
  const text = createConfigText(args.apiUrl, { ...(args.name === undefined ? {} : { name: args.name }), schema: `./${SCHEMA_FILE}` });
  if (!args.force && (await exists(target))) {
    throw new UsageError(`${args.output} already exists; not overwriting it`, { hint: 'pass --force to replace it' });
  }
  await writeFileAtomic(target, text);
  // The schema beside the config lets editors complete it without network access.
  const schemaPath = join(dirname(target), SCHEMA_FILE);
  if (args.force || !(await exists(schemaPath))) await writeFileAtomic(schemaPath, `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
  io.stdout(`wrote ${args.output} (and ${SCHEMA_FILE}); next: wikispec build --config ${args.output}\n`);
  return ExitCode.Ok;
}

/** `wikispec init <api URL>`: writes a wikispec.config.json for one wiki. */
export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init <apiUrl>',
  describe: 'Write a wikispec.config.json for one wiki (and its JSON Schema, for editor completion)',
  builder: (yargs) =>
    yargs
      .positional('apiUrl', { type: 'string', demandOption: true, describe: "URL of the wiki's api.php" })
      .option('output', { alias: 'o', type: 'string', default: 'wikispec.config.json', describe: 'Config file to write' })
      .option('name', { type: 'string', describe: 'Wiki name (folder under generated/; default: the host name)' })
      .option('force', { type: 'boolean', default: false, describe: 'Overwrite an existing config file' }) as never,
  handler: (args) => runWithContext(args as unknown as Record<string, unknown>, ({ io }) => initHandler(args, io)),
};
