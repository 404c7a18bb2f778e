/**
 * The one identifier choke point of the generator (Redocly ADR-0001: the AST is not a sanitizer). Every name that
 * comes from a snapshot and ends up as a TypeScript identifier, property key or string literal passes through here.
 */

/** ECMAScript and TypeScript reserved words, strict-mode words and names that break declarations. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'async',
  'arguments', 'eval', 'any', 'boolean', 'constructor', 'declare', 'get', 'module', 'require', 'number', 'set',
  'string', 'symbol', 'type', 'from', 'of', 'namespace', 'never', 'unknown', 'object', 'undefined', 'bigint',
  'infer', 'is', 'keyof', 'readonly', 'unique', 'abstract', 'as', 'asserts', 'global', 'out', 'override',
  'satisfies', 'accessor', 'prototype', '__proto__', 'toString', 'valueOf', 'hasOwnProperty',
]);

/**
 * Names the generated package imports from `@wikispec/runtime` or declares itself; module-derived names never take
 * them. Kept in one list so a new runtime export is one edit.
 */
export const RUNTIME_NAMES: readonly string[] = [
  'ApiBcError', 'ApiClient', 'ApiClientOptions', 'ApiMessage', 'ApiParams', 'ApiResponseEnvelope', 'ParamValue',
  'HttpError', 'MediaWikiApiError', 'NetworkError', 'ResponseFormatError', 'WikiRequestError', 'ModuleCallInfo',
  'ModuleCallTable', 'RequestOptions', 'Credentials', 'LoginError', 'createApiClient', 'login', 'clientLogin', 'logout',
  'continueQuery', 'ContinueOptions', 'createTransport', 'isApiError', 'mergeQueryResults', 'uploadFile', 'UploadOptions',
  'UploadResult',
];

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether `name` can be written bare as a property name in a type (and is not `__proto__`, which JS treats specially). */
export function isPlainPropertyName(name: string): boolean {
  return ASCII_IDENTIFIER.test(name) && name !== '__proto__';
}

/**
 * A string literal (double-quoted JSON, which is valid TypeScript) for any string, lone surrogates included.
 *
 * A trailing backslash is written `\u005c`, not `\\`: ts-morph's writer (code-block-writer) tracks strings while
 * printing and takes any quote after a backslash for an escaped one, so `"\\"` would leave it "inside a string" for
 * the rest of the line, its next quote would open a string instead, and a `/*` inside that literal would read as a
 * comment opener, which the writer then closes in the middle of a declaration (unparsable output). With no backslash
 * right before a closing quote, its tracking stays exact.
 */
export function stringLiteral(value: string): string {
  // JSON.stringify escapes quotes, backslashes, control characters and lone surrogates; U+2028/9 for old parsers.
  const literal = JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return value.endsWith('\\') ? `${literal.slice(0, -3)}\\u005c"` : literal;
}

/**
 * A property key for a type member: bare when it is a plain identifier, quoted otherwise. `__proto__` is quoted,
 * which TypeScript treats as an ordinary property name in type positions.
 */
export function typePropertyKey(name: string): string {
  return isPlainPropertyName(name) ? name : stringLiteral(name);
}

/**
 * A property key for an object literal *value*: `__proto__` must be computed (`["__proto__"]`), because a bare or
 * quoted `__proto__:` in an object literal sets the prototype instead of creating a property.
 */
export function valuePropertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return typePropertyKey(name);
}

/** Escapes text for use inside a template literal type (`fromtext-${string}`): backslash, backtick and `${`. */
export function templateLiteralText(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    .replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // A trailing backslash as `\u005c`, as in stringLiteral: it may stand right before the closing backtick.
  return text.endsWith('\\') ? `${escaped.slice(0, -2)}\\u005c` : escaped;
}

/** `query+all-pages` -> `QueryAllPages`: ASCII letters and digits, other characters as word breaks or hex escapes. */
export function pascalCase(name: string): string {
  let out = '';
  for (const word of name.split(/[^A-Za-z0-9\u0080-\uffff]+/)) {
    if (word === '') continue;
    const ascii = word.replace(/[^\x00-\x7f]/g, (c) => `x${c.codePointAt(0)?.toString(16) ?? '0'}`);
    out += ascii.charAt(0).toUpperCase() + ascii.slice(1);
  }
  return out;
}

/**
 * Turns `name` into a valid, unused TypeScript identifier and records it in `taken`. Invalid characters become `_`
 * (non-ASCII as hex), a leading digit gets `_`, reserved words and taken names get the first free suffix `_2`, `_3`, …
 * The result depends only on `name` and the names taken before it, so a fixed call order gives identical output.
 */
export function toIdentifier(name: string, taken: Set<string>): string {
  let base = name.replace(/[^A-Za-z0-9_$]/g, (c) => (c.charCodeAt(0) < 0x80 ? '_' : `x${c.codePointAt(0)?.toString(16) ?? '0'}`));
  if (base === '' || /^[0-9]/.test(base)) base = `_${base}`;
  let candidate = base;
  for (let n = 2; RESERVED.has(candidate) || taken.has(candidate); n++) candidate = `${base}_${n}`;
  taken.add(candidate);
  return candidate;
}

/** A fresh set of taken names: the runtime's exports and the generated package's fixed names. */
export function reservedNames(extra: readonly string[] = []): Set<string> {
  return new Set([...RUNTIME_NAMES, ...extra]);
}
