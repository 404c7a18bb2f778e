import { extname, resolve } from 'node:path';
import type { OpenApiFormat, OpenApiVersion } from '@wikispec/openapi';
import { UsageError } from '@wikispec/snapshot';
import type { CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';
import { readSnapshotFile, writeFileAtomic } from '../files.js';

interface GenerateOpenApiArgs {
  snapshot: string;
  output: string;
  'openapi-version': OpenApiVersion;
  format?: OpenApiFormat;
}

/** The output syntax: `--format`, else the file extension (`.yaml`/`.yml` -> YAML, `.json` -> JSON). */
export function openApiFormatFor(output: string, format: OpenApiFormat | undefined): OpenApiFormat {
  if (format !== undefined) return format;
  const extension = extname(output).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'json';
  throw new UsageError(`cannot tell the output format from ${JSON.stringify(output)}`, { hint: 'name the file .json, .yaml or .yml, or pass --format json|yaml' });
}

/** `wikispec generate openapi <snapshot> -o <file.json|file.yaml>`: an OpenAPI 3.1 (or 3.0.3) document. */
export const generateOpenApiCommand: CommandModule<object, GenerateOpenApiArgs> = {
  command: 'openapi <snapshot>',
  describe: 'Generate an OpenAPI 3.1 (or 3.0.3) document, one virtual path per module, from a snapshot',
  builder: (yargs) =>
    yargs
      .positional('snapshot', { type: 'string', demandOption: true, describe: 'Snapshot file (wikispec snapshot or raw paraminfo)' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'Document to write (.json, .yaml or .yml; written atomically)' })
      .option('openapi-version', { type: 'string', choices: ['3.1', '3.0'] as const, default: '3.1' as const, describe: 'OpenAPI version (3.0 writes 3.0.3)' })
      .option('format', { type: 'string', choices: ['json', 'yaml'] as const, describe: 'Output syntax (default: from the file extension)' }),
  handler: (args) =>
    runWithContext(args as unknown as Record<string, unknown>, async ({ io }) => {
      const format = openApiFormatFor(args.output, args.format);
      const snapshot = await readSnapshotFile(resolve(io.cwd, args.snapshot));
      // Loaded here, not at the top, so the other commands do not pay for it (see startup-imports.test.ts).
      const { serializeOpenApi, toOpenApi } = await import('@wikispec/openapi');
      const document = toOpenApi(snapshot, { version: args['openapi-version'] });
      const text = serializeOpenApi(document, format);
      await writeFileAtomic(resolve(io.cwd, args.output), text);
      const operations = Object.values(document.paths ?? {}).reduce((count, item) => count + (item.get ? 1 : 0) + (item.post ? 1 : 0), 0);
      io.stdout(`wrote ${args.output}: OpenAPI ${document.openapi}, ${Object.keys(document.paths ?? {}).length} paths, ${operations} operations, ${Buffer.byteLength(text)} bytes\n`);
      return ExitCode.Ok;
    }),
};
