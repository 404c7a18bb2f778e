import { isAbsolute, resolve } from 'node:path';
import { parseJsonText, type HelpFormat } from '@wikispec/snapshot';
import { OUTPUT_KINDS } from './config-schema.js';
import { ConfigError } from './errors.js';

/** One output a wiki can ask for. */
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Options a wiki may set, or inherit from `defaults`. */
export interface WikiOptions {
  outputs?: OutputKind[];
  userAgent?: string;
  helpformat?: HelpFormat;
  client?: { packageName?: string };
  openapi?: { version?: '3.1.0' | '3.0.3' };
}

/** One wiki as written in wikispec.config.json. */
export interface WikiConfigEntry extends WikiOptions {
  name: string;
  apiUrl?: string;
  snapshot?: string;
}

/** wikispec.config.json as written. */
export interface BuildConfigFile {
  $schema?: string;
  outDir?: string;
  userAgent?: string;
  concurrency?: number;
  defaults?: WikiOptions;
  wikis: WikiConfigEntry[];
}

/** One wiki with defaults applied and paths made absolute. */
export interface WikiConfig {
  name: string;
  apiUrl: string | undefined;
  /** Absolute path of the offline snapshot file, if any. */
  snapshot: string | undefined;
  outputs: ReadonlySet<OutputKind>;
  userAgent: string | undefined;
  helpformat: HelpFormat;
  clientPackageName: string;
  openapiVersion: '3.1.0' | '3.0.3';
}

/** A validated config, resolved against the directory of its file. */
export interface BuildConfig {
  /** Directory the config's relative paths are resolved against. */
  baseDir: string;
  outDir: string;
  concurrency: number;
  wikis: WikiConfig[];
}

const RESERVED_NAMES = new Set(['site']);
const HELP_FORMATS = new Set(['none', 'wikitext', 'html', 'raw']);
const OPENAPI_VERSIONS = new Set(['3.1.0', '3.0.3']);

/**
 * Checks a wiki name: it becomes a folder name under outDir, so it must never reach outside it. Throws ConfigError
 * for `../x`, absolute paths, separators, `.`/`..` and the reserved `site`.
 */
export function validateWikiName(name: unknown, where: { source?: string; pointer?: string } = {}): string {
  if (typeof name !== 'string' || name === '') throw new ConfigError('wiki name must be a non-empty string', where);
  if (isAbsolute(name) || name.includes('/') || name.includes('\\')) {
    throw new ConfigError(`wiki name ${JSON.stringify(name)} is a path; a name must be one folder name inside the output directory`, {
      ...where,
      hint: 'use letters, digits, ".", "_" and "-" only, e.g. "en-wikipedia"',
    });
  }
  if (!/^[A-Za-z0-9._-]+$/.test(name) || name.includes('..') || name === '.') {
    throw new ConfigError(`wiki name ${JSON.stringify(name)} is not allowed: use letters, digits, ".", "_" and "-" (no "..")`, where);
  }
  if (RESERVED_NAMES.has(name)) throw new ConfigError(`wiki name ${JSON.stringify(name)} is reserved for the docs site folder`, where);
  return name;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  constructor(readonly source: string | undefined) {}
  fail(pointer: string, message: string): never {
    throw new ConfigError(message, { source: this.source, pointer, hint: 'see wikispec.config.schema.json for the format' });
  }
  keys(value: Record<string, unknown>, pointer: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.fail(`${pointer}/${key}`, `unknown key ${JSON.stringify(key)} (expected one of ${allowed.join(', ')})`);
  }
  string(value: unknown, pointer: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '') this.fail(pointer, 'expected a non-empty string');
    return value;
  }
  options(value: unknown, pointer: string, extra: readonly string[] = []): WikiOptions {
    if (value === undefined) return {};
    if (!isObject(value)) this.fail(pointer, 'expected an object');
    this.keys(value, pointer, ['outputs', 'userAgent', 'helpformat', 'client', 'openapi', ...extra]);
    const options: WikiOptions = {};
    if (value.outputs !== undefined) {
      if (!Array.isArray(value.outputs)) this.fail(`${pointer}/outputs`, 'expected an array of output kinds');
      const outputs: OutputKind[] = [];
      value.outputs.forEach((kind, index) => {
        if (!(OUTPUT_KINDS as readonly unknown[]).includes(kind)) this.fail(`${pointer}/outputs/${index}`, `unknown output ${JSON.stringify(kind)} (expected one of ${OUTPUT_KINDS.join(', ')})`);
        outputs.push(kind as OutputKind);
      });
      options.outputs = outputs;
    }
    const userAgent = this.string(value.userAgent, `${pointer}/userAgent`);
    if (userAgent !== undefined) options.userAgent = userAgent;
    if (value.helpformat !== undefined) {
      if (!HELP_FORMATS.has(value.helpformat as string)) this.fail(`${pointer}/helpformat`, 'expected one of none, wikitext, html, raw');
      options.helpformat = value.helpformat as HelpFormat;
    }
    if (value.client !== undefined) {
      if (!isObject(value.client)) this.fail(`${pointer}/client`, 'expected an object');
      this.keys(value.client, `${pointer}/client`, ['packageName']);
      const packageName = this.string(value.client.packageName, `${pointer}/client/packageName`);
      if (packageName !== undefined && !/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(packageName)) {
        this.fail(`${pointer}/client/packageName`, `${JSON.stringify(packageName)} is not a valid npm package name`);
      }
      options.client = packageName === undefined ? {} : { packageName };
    }
    if (value.openapi !== undefined) {
      if (!isObject(value.openapi)) this.fail(`${pointer}/openapi`, 'expected an object');
      this.keys(value.openapi, `${pointer}/openapi`, ['version']);
      if (value.openapi.version !== undefined && !OPENAPI_VERSIONS.has(value.openapi.version as string)) {
        this.fail(`${pointer}/openapi/version`, 'expected "3.1.0" or "3.0.3"');
      }
      options.openapi = value.openapi.version === undefined ? {} : { version: value.openapi.version as '3.1.0' | '3.0.3' };
    }
    return options;
  }
}

/** Validates a parsed config value and returns it typed; throws ConfigError with a JSON pointer on the first problem. */
export function validateConfig(value: unknown, source?: string): BuildConfigFile {
  const check: Checker = new Checker(source);
  if (!isObject(value)) check.fail('', 'expected a JSON object with a "wikis" array');
  check.keys(value, '', ['$schema', 'outDir', 'userAgent', 'concurrency', 'defaults', 'wikis']);
  const file: BuildConfigFile = { wikis: [] };
  const schema = check.string(value.$schema, '/$schema');
  if (schema !== undefined) file.$schema = schema;
  const outDir = check.string(value.outDir, '/outDir');
  if (outDir !== undefined) file.outDir = outDir;
  const userAgent = check.string(value.userAgent, '/userAgent');
  if (userAgent !== undefined) file.userAgent = userAgent;
  if (value.concurrency !== undefined) {
    if (!Number.isInteger(value.concurrency) || (value.concurrency as number) < 1 || (value.concurrency as number) > 64) {
      check.fail('/concurrency', 'expected an integer from 1 to 64');
    }
    file.concurrency = value.concurrency as number;
  }
  if (value.defaults !== undefined) file.defaults = check.options(value.defaults, '/defaults');
  if (!Array.isArray(value.wikis) || value.wikis.length === 0) check.fail('/wikis', 'expected a non-empty array of wikis');
  const seen = new Set<string>();
  value.wikis.forEach((entry: unknown, index: number) => {
    const pointer = `/wikis/${index}`;
    if (!isObject(entry)) check.fail(pointer, 'expected an object with "name" and "apiUrl" or "snapshot"');
    const name = validateWikiName(entry.name, { ...(source === undefined ? {} : { source }), pointer: `${pointer}/name` });
    if (seen.has(name.toLowerCase())) check.fail(`${pointer}/name`, `duplicate wiki name ${JSON.stringify(name)} (names are compared case-insensitively, like folders on macOS and Windows)`);
    seen.add(name.toLowerCase());
    const wiki: WikiConfigEntry = { name, ...check.options(entry, pointer, ['name', 'apiUrl', 'snapshot']) };
    const apiUrl = check.string(entry.apiUrl, `${pointer}/apiUrl`);
    if (apiUrl !== undefined) {
      let url: URL | undefined;
      try {
        url = new URL(apiUrl);
      } catch {
        url = undefined;
      }
      if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) check.fail(`${pointer}/apiUrl`, `${JSON.stringify(apiUrl)} is not an http(s) URL`);
      wiki.apiUrl = apiUrl;
    }
    const snapshot = check.string(entry.snapshot, `${pointer}/snapshot`);
    if (snapshot !== undefined) wiki.snapshot = snapshot;
    if (apiUrl === undefined && snapshot === undefined) check.fail(pointer, `wiki ${JSON.stringify(name)} needs "apiUrl" or "snapshot"`);
    file.wikis.push(wiki);
  });
  return file;
}

/** Parses and validates wikispec.config.json text. */
export function parseConfig(text: string, source?: string): BuildConfigFile {
  let value: unknown;
  try {
    value = parseJsonText(text, source);
  } catch (error) {
    throw new ConfigError((error as Error).message.replace(source === undefined ? '' : `${source}: `, ''), { ...(source === undefined ? {} : { source }), cause: error });
  }
  return validateConfig(value, source);
}

/** Applies defaults and resolves paths against `baseDir` (the config file's directory). */
export function resolveConfig(file: BuildConfigFile, baseDir: string, overrides: { outDir?: string; concurrency?: number } = {}): BuildConfig {
  const defaults = file.defaults ?? {};
  const wikis = file.wikis.map((entry): WikiConfig => ({
    name: entry.name,
    apiUrl: entry.apiUrl,
    snapshot: entry.snapshot === undefined ? undefined : resolve(baseDir, entry.snapshot),
    outputs: new Set(entry.outputs ?? defaults.outputs ?? OUTPUT_KINDS),
    userAgent: entry.userAgent ?? defaults.userAgent ?? file.userAgent,
    helpformat: entry.helpformat ?? defaults.helpformat ?? 'wikitext',
    clientPackageName: entry.client?.packageName ?? defaults.client?.packageName ?? `${entry.name.toLowerCase().replace(/^[._]+/, '')}-api-client`,
    openapiVersion: entry.openapi?.version ?? defaults.openapi?.version ?? '3.1.0',
  }));
  return {
    baseDir,
    outDir: resolve(baseDir, overrides.outDir ?? file.outDir ?? 'generated'),
    concurrency: overrides.concurrency ?? file.concurrency ?? 4,
    wikis,
  };
}

/** Keeps only the wikis named in `only` (all when empty); throws ConfigError naming any unknown name. */
export function selectWikis(config: BuildConfig, only: readonly string[] | undefined): WikiConfig[] {
  if (only === undefined || only.length === 0) return config.wikis;
  const known = new Map(config.wikis.map((wiki) => [wiki.name, wiki]));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ConfigError(`--only names unknown wiki(s): ${unknown.join(', ')}`, { hint: `configured wikis: ${config.wikis.map((wiki) => wiki.name).join(', ')}` });
  }
  return config.wikis.filter((wiki) => only.includes(wiki.name));
}

/** The text `wikispec init <apiUrl>` writes: one wiki, every output, a `$schema` reference for editors. */
export function createConfigText(apiUrl: string, options: { name?: string; schema?: string } = {}): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new ConfigError(`${JSON.stringify(apiUrl)} is not a URL`, { hint: 'pass the URL of api.php, e.g. https://en.wikipedia.org/w/api.php' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${JSON.stringify(apiUrl)} is not an http(s) URL`);
  const name = validateWikiName(options.name ?? (url.hostname.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/\.{2,}/g, '.') || 'wiki'));
  const file: BuildConfigFile = {
    $schema: options.schema ?? 'https://wikispec.dev/wikispec.config.schema.json',
    outDir: 'generated',
    userAgent: 'wikispec (set a contact URL or e-mail here)',
    wikis: [{ name, apiUrl: url.href, snapshot: `generated/${name}/snapshot.json`, outputs: [...OUTPUT_KINDS], helpformat: 'wikitext' }],
  };
  validateConfig(file);
  return `${JSON.stringify(file, null, 2)}\n`;
}
