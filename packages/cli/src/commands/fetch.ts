import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FetchOptions, FetchProgress } from '@wikispec/fetch';
import { UsageError, countSnapshot, serializeSnapshot, type HelpFormat } from '@wikispec/snapshot';
import type { CommandModule } from 'yargs';
import { runWithContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';
import { OutputError, writeFileAtomic } from '../files.js';
import type { CliIo } from '../io.js';
import { WIKISPEC_VERSION } from '../version.js';

interface FetchArgs {
  url: string;
  output: string;
  'user-agent'?: string;
  helpformat: HelpFormat;
  uselang?: string;
  maxlag: string;
  timeout: number;
  retries: number;
  discovery: 'auto' | 'crawl';
}

/**
 * Test seam: what the fetch command passes to the fetcher besides its flags. Tests that drive `main()` replace
 * `sleep` (so retries do not wait) or `fetch` (e.g. to simulate a DNS failure without a DNS query); production leaves
 * every field undefined.
 */
export const fetchCommandDependencies: Pick<FetchOptions, 'fetch' | 'sleep' | 'now' | 'random'> = {};

function parseMaxlag(value: string): number | false {
  if (value === 'off') return false;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`invalid --maxlag ${JSON.stringify(value)}: expected seconds (a number >= 0) or "off"`);
  }
  return seconds;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A progress line that rewrites itself on a TTY; nothing at all elsewhere (CI logs stay quiet). */
function progressRenderer(io: CliIo): { update(progress: FetchProgress): void; clear(): void } {
  if (!io.stderrIsTTY || io.env.CI === 'true') return { update: () => {}, clear: () => {} };
  let shown = false;
  return {
    update(progress) {
      if (progress.phase === 'done') return;
      const pending = progress.pending > 0 ? `, ${progress.pending} to go` : '';
      const retries = progress.retries > 0 ? `, ${progress.retries} retries` : '';
      io.stderr(`\r\x1b[Kfetching ${progress.phase}: ${progress.requests} requests, ${formatBytes(progress.bytes)}, ${progress.modules} modules${pending}${retries}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
    },
  };
}

/** `wikispec fetch <api.php URL> -o <snapshot.json>`: snapshot a live wiki's Action API. */
export const fetchCommand: CommandModule<object, FetchArgs> = {
  command: 'fetch <url>',
  describe: "Fetch a wiki's Action API description (paraminfo + siteinfo) from its api.php into a snapshot file",
  // Async builder and handler: @wikispec/fetch (and the runtime under it) loads only when this command runs or shows
  // its help, never for the other commands (see startup-imports.test.ts). yargs awaits a builder's promise.
  builder: async (yargs) => {
    const { defaultUserAgent } = await import('@wikispec/fetch');
    return yargs
      .positional('url', { type: 'string', demandOption: true, describe: "The wiki's api.php URL, e.g. https://en.wikipedia.org/w/api.php" })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'Snapshot file to write (atomically; untouched on failure)' })
      .option('user-agent', { type: 'string', describe: `User-Agent to send; name yourself and a contact (default: ${defaultUserAgent(WIKISPEC_VERSION)})` })
      .option('helpformat', { type: 'string', choices: ['html', 'wikitext', 'raw', 'none'] as const, default: 'html' as HelpFormat, describe: 'Markup of help texts' })
      .option('uselang', { type: 'string', describe: "Language of help texts (default: the wiki's content language)" })
      .option('maxlag', { type: 'string', default: '5', describe: 'maxlag seconds sent with each request ("off" to leave it out)' })
      .option('timeout', { type: 'number', default: 60, describe: 'Per-request timeout in seconds' })
      .option('retries', { type: 'number', default: 4, describe: 'Retries per request (backoff honours Retry-After and maxlag)' })
      .option('discovery', { type: 'string', choices: ['auto', 'crawl'] as const, default: 'auto' as const, describe: 'auto: modules=main|** (crawl if unsupported); crawl: follow submodule maps, 50 modules per request' })
      .example('$0 fetch https://www.mediawiki.org/w/api.php -o mediawiki.json --user-agent "MyTool/1.0 (me@example.org)"', '')
      .check((args) => {
        if (!Number.isFinite(args.timeout) || args.timeout <= 0) throw new UsageError(`invalid --timeout ${args.timeout}: expected seconds > 0`);
        if (!Number.isInteger(args.retries) || args.retries < 0) throw new UsageError(`invalid --retries ${args.retries}: expected a whole number >= 0`);
        return true;
      });
  },
  handler: (args) =>
    runWithContext(args as unknown as Record<string, unknown>, async ({ io }) => {
      const { defaultUserAgent, fetchSnapshotWithStats } = await import('@wikispec/fetch');
      const output = resolve(io.cwd, args.output);
      const existing = await stat(output).catch(() => undefined);
      if (existing?.isDirectory()) throw new OutputError(`${args.output}: cannot write output: is a directory`);
      const progress = progressRenderer(io);
      const options: FetchOptions = {
        ...fetchCommandDependencies,
        userAgent: args['user-agent'] ?? defaultUserAgent(WIKISPEC_VERSION),
        helpformat: args.helpformat,
        maxlag: parseMaxlag(args.maxlag),
        timeoutMs: Math.round(args.timeout * 1000),
        retries: args.retries,
        discovery: args.discovery,
        onProgress: (report) => progress.update(report),
        onWarning: (warning) => {
          progress.clear();
          io.stderr(`warning: ${warning.code} (${warning.module}): ${warning.text.replace(/\s+/g, ' ').trim()}\n`);
        },
      };
      if (args.uselang !== undefined) options.uselang = args.uselang;
      if (io.signal !== undefined) options.signal = io.signal;
      let result;
      try {
        result = await fetchSnapshotWithStats(args.url, options);
      } finally {
        progress.clear();
      }
      await writeFileAtomic(output, serializeSnapshot(result.snapshot));
      const { snapshot, stats } = result;
      const counts = countSnapshot(snapshot);
      const name = snapshot.wiki.sitename ?? snapshot.wiki.wikiid ?? args.url;
      const version = snapshot.wiki.generator ?? 'MediaWiki, unknown version';
      io.stdout(
        `wrote ${args.output}: ${name} (${version}): ${counts.modules} modules, ${counts.parameters} parameters (+${counts.templatedParameters} templated); ` +
          `${stats.requests} requests, ${formatBytes(stats.bytes)}, ${(stats.durationMs / 1000).toFixed(1)} s\n`,
      );
      return ExitCode.Ok;
    }),
};
