import { SnapshotError, UsageError, WikispecError } from '@wikispec/snapshot';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import type { CliIo } from './io.js';

/** Error classes from other packages that mean "the wiki or the network failed" (exit 4), matched by name. */
const REMOTE_ERROR_NAMES = new Set(['WikiRequestError', 'HttpError', 'NetworkError', 'TimeoutError', 'MediaWikiApiError', 'FetchError', 'NotMediaWikiError']);

function isRemoteError(error: Error): boolean {
  for (let prototype: object | null = error; prototype !== null; prototype = Object.getPrototypeOf(prototype)) {
    const name = (prototype as { constructor?: { name?: string } }).constructor?.name;
    if (name !== undefined && REMOTE_ERROR_NAMES.has(name)) return true;
  }
  return error instanceof WikispecError && (error.code.startsWith('remote') || error.code.startsWith('network'));
}

/** Maps an error to its exit code. */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (!(error instanceof Error)) return ExitCode.Internal;
  if (error instanceof UsageError) return ExitCode.Usage;
  if (isRemoteError(error)) return ExitCode.Remote;
  if (error instanceof SnapshotError || error instanceof WikispecError) return ExitCode.InvalidInput;
  return ExitCode.Internal;
}

/** Prints an error the way users should see it: one line (plus hint) when expected, a stack when it is a bug. */
export function reportError(error: unknown, io: CliIo): ExitCodeValue {
  const code = exitCodeFor(error);
  if (code === ExitCode.Internal) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`error: internal error (this is a bug in wikispec; please report it)\n${text}\n`);
    return code;
  }
  const message = (error as Error).message.split('\n')[0] ?? '';
  io.stderr(`error: ${message}\n`);
  const hint = (error as { hint?: unknown }).hint;
  if (typeof hint === 'string' && hint !== '') io.stderr(`hint: ${hint}\n`);
  return code;
}
