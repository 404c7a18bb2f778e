/** Base of every error wikispec throws on purpose; `code` is stable and machine-readable. */
export class WikispecError extends Error {
  override name = 'WikispecError';
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

/** A snapshot (or raw paraminfo) that cannot be read: names the file and the JSON pointer of the first problem. */
export class SnapshotError extends WikispecError {
  override name = 'SnapshotError';
  readonly source: string | undefined;
  readonly pointer: string | undefined;

  constructor(message: string, options: { source?: string; pointer?: string; hint?: string; cause?: unknown; code?: string } = {}) {
    const where = [options.source, options.pointer].filter((part) => part !== undefined && part !== '').join(': ');
    super(options.code ?? 'invalid-snapshot', where ? `${where}: ${message}` : message, options);
    this.source = options.source;
    this.pointer = options.pointer;
  }
}

/** A caller mistake (bad option, conflicting flags) that is not about input data. */
export class UsageError extends WikispecError {
  override name = 'UsageError';

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super('usage', message, options);
  }
}
