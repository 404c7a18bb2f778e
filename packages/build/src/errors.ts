import { WikispecError } from '@wikispec/snapshot';

/** A wikispec.config.json that cannot be used: names the file and the JSON pointer of the problem (exit 3). */
export class ConfigError extends WikispecError {
  override name = 'ConfigError';
  readonly source: string | undefined;
  readonly pointer: string | undefined;

  constructor(message: string, options: { source?: string; pointer?: string; hint?: string; cause?: unknown } = {}) {
    const where = [options.source, options.pointer].filter((part) => part !== undefined && part !== '').join(': ');
    super('invalid-config', where ? `${where}: ${message}` : message, options);
    this.source = options.source;
    this.pointer = options.pointer;
  }
}

/** The build was interrupted (SIGINT/SIGTERM): nothing after the interruption was produced. */
export class BuildAbortedError extends WikispecError {
  override name = 'BuildAbortedError';

  constructor(reason: unknown) {
    super('aborted', `build interrupted${reason instanceof Error ? `: ${reason.message}` : ''}`, { cause: reason });
  }
}
