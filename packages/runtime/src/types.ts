/** One parameter value before encoding: multi-values are arrays, `false`/`undefined`/`null` omit the parameter. */
export type ParamValue =
  | string
  | number
  | boolean
  | Date
  | Blob
  | readonly (string | number | Date)[]
  | null
  | undefined;

/** Wire-level parameters of one api.php call (wire names, i.e. prefix + name). */
export type ApiParams = { readonly [name: string]: ParamValue };

/** One entry of `errors` (or `warnings`) in any non-bc errorformat (plaintext, wikitext, html, raw, none). */
export interface ApiMessage {
  /** The message code, e.g. `badtoken`. */
  code: string;
  /** Text in errorformat plaintext/wikitext. */
  text?: string;
  /** HTML in errorformat html. */
  html?: string;
  /** Message key in errorformat raw. */
  key?: string;
  /** Message parameters in errorformat raw. */
  params?: unknown[];
  /** The module path that raised it, e.g. `query+allpages`. */
  module?: string;
  /** Extra data, e.g. `{ lag, host }` for maxlag. */
  data?: unknown;
  /** formatversion=1 puts the text under `*`. */
  '*'?: string;
}

/** The bc errorformat's `error` object (also used by formatversion=1 clients). */
export interface ApiBcError {
  /** The error code. */
  code: string;
  /** The error text. */
  info?: string;
  /** formatversion=1 help text. */
  '*'?: string;
  /** Other keys MediaWiki adds (maxlag: `lag`, `host`, `type`; readonly: `readonlyreason`). */
  [key: string]: unknown;
}

/** The shared response envelope of every api.php call; module results sit beside these keys. */
export interface ApiResponseEnvelope {
  /** Error in the bc errorformat. */
  error?: ApiBcError;
  /** Errors in a non-bc errorformat. */
  errors?: ApiMessage[];
  /** Warnings: an array (non-bc errorformat) or an object keyed by module (bc). */
  warnings?: ApiMessage[] | { [module: string]: { warnings?: string; '*'?: string; [key: string]: unknown } };
  /** Continuation parameters to merge into the next request. */
  continue?: { [name: string]: string | number };
  /** Present (true) when a batch of prop data is complete. */
  batchcomplete?: boolean | string;
  /** Host name of the server that answered. */
  servedby?: string;
  /** Current timestamp (with `curtimestamp`). */
  curtimestamp?: string;
  /** Request id (with `requestid`). */
  requestid?: string;
  /** Link to the API help in error responses. */
  docref?: string;
  /** Result of `action=query`. */
  query?: { [name: string]: unknown };
  /** Limits that were applied (with `apihighlimits`). */
  limits?: { [name: string]: number };
}
