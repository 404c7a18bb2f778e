import { canonicalizeSnapshot } from './canonical.js';
import { SnapshotError } from './errors.js';
import { pointerTo } from './json-pointer.js';
import { parseJsonText } from './parse-json.js';
import {
  SNAPSHOT_FORMAT,
  type ApiExample,
  type ApiModule,
  type ApiParameter,
  type ApiTemplatedParameter,
  type ExtensionInfo,
  type HelpFormat,
  type NamespaceInfo,
  type ParameterInfo,
  type Snapshot,
  type WikiInfo,
} from './types.js';

/** Where the input came from and what the caller already knows about it. */
export interface ParseSnapshotOptions {
  /** File name or URL, used in error messages. */
  source?: string;
  /** api.php URL to record when the input itself does not say (raw paraminfo saved from a browser). */
  apiUrl?: string;
}

type JsonObject = Record<string, unknown>;

const HELP_FORMATS: readonly HelpFormat[] = ['html', 'wikitext', 'raw', 'none'];
const MODULE_FLAGS = ['readrights', 'writerights', 'mustbeposted', 'generator', 'internal', 'deprecated'] as const;
const PARAMETER_FLAGS = ['deprecated', 'sensitive', 'allowsduplicates', 'enforcerange', 'mustExist'] as const;
const PARAMETER_NUMBERS = ['lowlimit', 'highlimit', 'limit', 'min', 'max', 'highmax', 'maxbytes', 'maxchars'] as const;
const PARAMETER_STRING_LISTS = ['internalvalues', 'deprecatedvalues', 'subtypes'] as const;

/**
 * Reads a wikispec snapshot, or a raw `action=paraminfo` response (optionally with siteinfo beside it), from JSON
 * text or an already parsed value. Validates it and returns the canonical model; throws SnapshotError naming the
 * source and the JSON pointer of the first problem.
 */
export function parseSnapshot(input: string | unknown, options: ParseSnapshotOptions = {}): Snapshot {
  const value = typeof input === 'string' ? parseJsonText(input, options.source, 'a wikispec snapshot or a paraminfo response (JSON)') : input;
  const reader = new Reader(options.source);
  const root = reader.object(value, '');
  if ('format' in root) return canonicalizeSnapshot(readSnapshotFormat(reader, root));
  if ('error' in root && !('paraminfo' in root)) throw apiErrorResponse(reader, root.error);
  if ('paraminfo' in root) return canonicalizeSnapshot(readRawResponse(reader, root, options.apiUrl));
  throw reader.fail(
    '',
    'not a wikispec snapshot or paraminfo response: expected a "format" key (wikispec snapshot) or a "paraminfo" key (raw action=paraminfo response)',
    'not-a-snapshot',
  );
}

function readSnapshotFormat(reader: Reader, root: JsonObject): Snapshot {
  const format = root.format;
  if (format !== SNAPSHOT_FORMAT) {
    const known = typeof format === 'string' && format.startsWith('wikispec-snapshot/');
    throw reader.fail(
      '/format',
      known
        ? `unsupported snapshot format version ${JSON.stringify(format)}; this wikispec reads ${SNAPSHOT_FORMAT}`
        : `expected "format": "${SNAPSHOT_FORMAT}", got ${describe(format)}`,
      known ? 'unsupported-format' : 'not-a-snapshot',
      known ? 'upgrade wikispec, or re-fetch the snapshot with this version' : undefined,
    );
  }
  const wiki = readWikiInfo(reader, reader.object(root.wiki, '/wiki'), '/wiki');
  const helpformat = reader.oneOf(root.helpformat, '/helpformat', HELP_FORMATS);
  const modules = reader.array(root.modules, '/modules').map((module, index) => readModule(reader, module, `/modules/${index}`));
  return { format: SNAPSHOT_FORMAT, wiki, helpformat, modules: checkUniquePaths(reader, modules, '/modules') };
}

function readRawResponse(reader: Reader, root: JsonObject, apiUrl: string | undefined): Snapshot {
  const paraminfo = reader.object(root.paraminfo, '/paraminfo');
  const helpformat =
    paraminfo.helpformat === undefined ? 'none' : reader.oneOf(paraminfo.helpformat, '/paraminfo/helpformat', HELP_FORMATS);
  const modules = reader
    .array(paraminfo.modules, '/paraminfo/modules')
    .map((module, index) => readModule(reader, module, `/paraminfo/modules/${index}`));
  if (modules.length === 0) throw reader.fail('/paraminfo/modules', 'the paraminfo response lists no modules', 'no-modules');
  // A saved siteinfo answer may sit beside paraminfo as `siteinfo: {general, …}` or, merged, as `query: {general, …}`.
  const siteinfoKey = isObject(root.siteinfo) ? 'siteinfo' : isObject(root.query) ? 'query' : undefined;
  const wiki = siteinfoKey
    ? readSiteinfo(reader, root[siteinfoKey] as JsonObject, `/${siteinfoKey}`)
    : { extensions: [], namespaces: [] };
  if (apiUrl !== undefined) wiki.apiUrl = apiUrl;
  return { format: SNAPSHOT_FORMAT, wiki, helpformat, modules: checkUniquePaths(reader, modules, '/paraminfo/modules') };
}

function apiErrorResponse(reader: Reader, error: unknown): SnapshotError {
  const details = isObject(error) ? error : {};
  const code = typeof details.code === 'string' ? details.code : 'unknown';
  const info = typeof details.info === 'string' ? details.info : typeof details.text === 'string' ? details.text : '';
  return reader.fail('/error', `this is an API error response, not paraminfo: ${code}${info ? `: ${info}` : ''}`, 'api-error-response');
}

function readSiteinfo(reader: Reader, siteinfo: JsonObject, at: string): WikiInfo {
  const general = siteinfo.general === undefined ? {} : reader.object(siteinfo.general, `${at}/general`);
  const wiki: WikiInfo = { extensions: [], namespaces: [] };
  for (const key of ['sitename', 'wikiid', 'generator', 'lang', 'server', 'articlepath', 'scriptpath', 'mainpage'] as const) {
    if (general[key] !== undefined) wiki[key] = reader.string(general[key], `${at}/general/${key}`);
  }
  const version = /^MediaWiki (\S+)/.exec(wiki.generator ?? '');
  if (version?.[1] !== undefined) wiki.mediawikiVersion = version[1];
  if (wiki.server !== undefined && wiki.scriptpath !== undefined) {
    const server = wiki.server.startsWith('//') ? `https:${wiki.server}` : wiki.server;
    wiki.apiUrl = `${server}${wiki.scriptpath}/api.php`;
  }
  if (siteinfo.extensions !== undefined) {
    wiki.extensions = reader.array(siteinfo.extensions, `${at}/extensions`).map((entry, index) => {
      const where = `${at}/extensions/${index}`;
      const extension = reader.object(entry, where);
      const info: ExtensionInfo = {
        type: reader.string(extension.type ?? 'other', `${where}/type`),
        name: reader.string(extension.name, `${where}/name`),
      };
      if (extension.version !== undefined) info.version = String(extension.version);
      return info;
    });
  }
  if (siteinfo.namespaces !== undefined) {
    const namespaces = reader.object(siteinfo.namespaces, `${at}/namespaces`);
    wiki.namespaces = Object.entries(namespaces).map(([key, entry]) => {
      const where = pointerTo(`${at}/namespaces`, key);
      const namespace = reader.object(entry, where);
      const info: NamespaceInfo = { id: reader.number(namespace.id, `${where}/id`), name: reader.string(namespace.name ?? '', `${where}/name`) };
      if (typeof namespace.canonical === 'string') info.canonical = namespace.canonical;
      if (namespace.content !== undefined) info.content = reader.flag(namespace.content, `${where}/content`);
      return info;
    });
  }
  return wiki;
}

function readWikiInfo(reader: Reader, wiki: JsonObject, at: string): WikiInfo {
  const info: WikiInfo = { extensions: [], namespaces: [] };
  for (const key of ['apiUrl', 'sitename', 'wikiid', 'generator', 'mediawikiVersion', 'lang', 'server', 'articlepath', 'scriptpath', 'mainpage'] as const) {
    if (wiki[key] !== undefined) info[key] = reader.string(wiki[key], `${at}/${key}`);
  }
  info.extensions = reader.array(wiki.extensions ?? [], `${at}/extensions`).map((entry, index) => {
    const where = `${at}/extensions/${index}`;
    const extension = reader.object(entry, where);
    const result: ExtensionInfo = { type: reader.string(extension.type, `${where}/type`), name: reader.string(extension.name, `${where}/name`) };
    if (extension.version !== undefined) result.version = reader.string(extension.version, `${where}/version`);
    return result;
  });
  info.namespaces = reader.array(wiki.namespaces ?? [], `${at}/namespaces`).map((entry, index) => {
    const where = `${at}/namespaces/${index}`;
    const namespace = reader.object(entry, where);
    const result: NamespaceInfo = { id: reader.number(namespace.id, `${where}/id`), name: reader.string(namespace.name, `${where}/name`) };
    if (namespace.canonical !== undefined) result.canonical = reader.string(namespace.canonical, `${where}/canonical`);
    if (namespace.content !== undefined) result.content = reader.flag(namespace.content, `${where}/content`);
    return result;
  });
  return info;
}

function readModule(reader: Reader, value: unknown, at: string): ApiModule {
  const raw = reader.object(value, at);
  if (raw.missing !== undefined) {
    throw reader.fail(at, `module ${JSON.stringify(raw.name ?? raw.path)} is marked missing by the API`, 'missing-module');
  }
  const module: ApiModule = {
    ...raw,
    path: nonEmpty(reader, raw.path, `${at}/path`),
    name: reader.string(raw.name ?? raw.path, `${at}/name`),
    prefix: reader.string(raw.prefix ?? '', `${at}/prefix`),
    description: readHelp(reader, raw.description, `${at}/description`),
    helpurls: reader.array(raw.helpurls ?? [], `${at}/helpurls`).map((url, index) => reader.string(url, `${at}/helpurls/${index}`)),
    examples: reader.array(raw.examples ?? [], `${at}/examples`).map((example, index) => readExample(reader, example, `${at}/examples/${index}`)),
    parameters: reader.array(raw.parameters ?? [], `${at}/parameters`).map((parameter, index) => readParameter(reader, parameter, `${at}/parameters/${index}`, index)),
    templatedparameters: reader
      .array(raw.templatedparameters ?? [], `${at}/templatedparameters`)
      .map((parameter, index) => readTemplatedParameter(reader, parameter, `${at}/templatedparameters/${index}`, index)),
  };
  for (const key of ['group', 'classname', 'source', 'sourcename', 'licensetag', 'licenselink'] as const) {
    if (raw[key] !== undefined) module[key] = reader.string(raw[key], `${at}/${key}`);
    else delete module[key];
  }
  for (const flag of MODULE_FLAGS) {
    if (raw[flag] !== undefined && reader.flag(raw[flag], `${at}/${flag}`)) module[flag] = true;
    else delete module[flag];
  }
  if (raw.dynamicparameters === undefined || raw.dynamicparameters === false) delete module.dynamicparameters;
  else if (typeof raw.dynamicparameters === 'string') module.dynamicparameters = raw.dynamicparameters;
  else module.dynamicparameters = reader.flag(raw.dynamicparameters, `${at}/dynamicparameters`);
  checkUniqueNames(reader, module.parameters, `${at}/parameters`);
  return module;
}

function readExample(reader: Reader, value: unknown, at: string): ApiExample {
  const example = reader.object(value, at);
  return { query: reader.string(example.query, `${at}/query`), description: readHelp(reader, example.description, `${at}/description`) };
}

function readParameter(reader: Reader, value: unknown, at: string, position: number): ApiParameter {
  const raw = reader.object(value, at);
  const parameter: ApiParameter = {
    ...raw,
    index: raw.index === undefined ? position + 1 : reader.number(raw.index, `${at}/index`),
    name: reader.string(raw.name, `${at}/name`),
    description: readHelp(reader, raw.description, `${at}/description`),
    type: readType(reader, raw.type, `${at}/type`),
    required: raw.required === undefined ? false : reader.flag(raw.required, `${at}/required`),
    multi: raw.multi === undefined ? false : reader.flag(raw.multi, `${at}/multi`),
  };
  for (const flag of PARAMETER_FLAGS) {
    // mustExist is meaningful when false too (title parameters that accept missing pages), so it is kept as given.
    if (raw[flag] === undefined) delete parameter[flag];
    else if (flag === 'mustExist') parameter.mustExist = reader.flag(raw[flag], `${at}/${flag}`);
    else if (reader.flag(raw[flag], `${at}/${flag}`)) parameter[flag] = true;
    else delete parameter[flag];
  }
  for (const key of PARAMETER_NUMBERS) {
    if (raw[key] !== undefined) parameter[key] = reader.number(raw[key], `${at}/${key}`);
  }
  for (const key of PARAMETER_STRING_LISTS) {
    if (raw[key] !== undefined) parameter[key] = reader.array(raw[key], `${at}/${key}`).map((item, index) => reader.string(item, `${at}/${key}/${index}`));
  }
  if (raw.default !== undefined) {
    const fallback = raw.default;
    if (typeof fallback !== 'string' && typeof fallback !== 'number' && typeof fallback !== 'boolean') {
      throw reader.fail(`${at}/default`, `expected string, number or boolean, got ${describe(fallback)}`);
    }
  }
  for (const key of ['allspecifier', 'tokentype', 'submoduleparamprefix'] as const) {
    if (raw[key] !== undefined) parameter[key] = reader.string(raw[key], `${at}/${key}`);
  }
  if (raw.submodules !== undefined) {
    const submodules = reader.object(raw.submodules, `${at}/submodules`);
    parameter.submodules = Object.fromEntries(
      Object.entries(submodules).map(([key, path]) => [key, reader.string(path, pointerTo(`${at}/submodules`, key))]),
    );
  }
  if (raw.extranamespaces !== undefined) {
    parameter.extranamespaces = reader.array(raw.extranamespaces, `${at}/extranamespaces`).map((id, index) => reader.number(id, `${at}/extranamespaces/${index}`));
  }
  if (raw.info !== undefined) {
    parameter.info = reader.array(raw.info, `${at}/info`).map((entry, index) => {
      const info = reader.object(entry, `${at}/info/${index}`);
      return { ...info, name: reader.string(info.name, `${at}/info/${index}/name`) } as ParameterInfo;
    });
  }
  return parameter;
}

function readTemplatedParameter(reader: Reader, value: unknown, at: string, position: number): ApiTemplatedParameter {
  const parameter = readParameter(reader, value, at, position);
  const raw = reader.object(value, at);
  const vars = reader.object(raw.templatevars, `${at}/templatevars`);
  const templatevars = Object.fromEntries(Object.entries(vars).map(([key, source]) => [key, reader.string(source, pointerTo(`${at}/templatevars`, key))]));
  return { ...parameter, templatevars };
}

function readType(reader: Reader, value: unknown, at: string): string | string[] {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item, index) => reader.scalarString(item, `${at}/${index}`));
  throw reader.fail(at, `expected string or string[], got ${describe(value)}`);
}

function readHelp(reader: Reader, value: unknown, at: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  // helpformat=raw gives message specs ({key, params}); keep them readable rather than dropping them.
  if (Array.isArray(value) || isObject(value)) return JSON.stringify(value);
  throw reader.fail(at, `expected help text (string), got ${describe(value)}`);
}

function nonEmpty(reader: Reader, value: unknown, at: string): string {
  const text = reader.string(value, at);
  if (text === '') throw reader.fail(at, 'expected a non-empty string');
  return text;
}

function checkUniquePaths(reader: Reader, modules: ApiModule[], at: string): ApiModule[] {
  const seen = new Set<string>();
  modules.forEach((module, index) => {
    if (seen.has(module.path)) throw reader.fail(`${at}/${index}/path`, `duplicate module path ${JSON.stringify(module.path)}`);
    seen.add(module.path);
  });
  return modules;
}

function checkUniqueNames(reader: Reader, parameters: ApiParameter[], at: string): void {
  const seen = new Set<string>();
  parameters.forEach((parameter, index) => {
    if (seen.has(parameter.name)) throw reader.fail(`${at}/${index}/name`, `duplicate parameter name ${JSON.stringify(parameter.name)}`);
    seen.add(parameter.name);
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Type checks that know where they are, so every failure names its JSON pointer. */
class Reader {
  constructor(private readonly source: string | undefined) {}

  fail(pointer: string, message: string, code?: string, hint?: string): SnapshotError {
    return new SnapshotError(message, {
      ...(this.source === undefined ? {} : { source: this.source }),
      pointer: pointer === '' ? '/' : pointer,
      ...(code === undefined ? {} : { code }),
      ...(hint === undefined ? {} : { hint }),
    });
  }

  object(value: unknown, at: string): JsonObject {
    if (!isObject(value)) throw this.fail(at, `expected an object, got ${describe(value)}`);
    return value;
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) throw this.fail(at, `expected an array, got ${describe(value)}`);
    return value;
  }

  string(value: unknown, at: string): string {
    if (typeof value !== 'string') throw this.fail(at, `expected a string, got ${describe(value)}`);
    return value;
  }

  /** Enum values: the API sends strings, but numeric-looking values may arrive as numbers from hand-edited files. */
  scalarString(value: unknown, at: string): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    throw this.fail(at, `expected a string, got ${describe(value)}`);
  }

  number(value: unknown, at: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.fail(at, `expected a number, got ${describe(value)}`);
    return value;
  }

  /** formatversion=2 sends booleans; formatversion=1 sends "" for true and omits false. */
  flag(value: unknown, at: string): boolean {
    if (typeof value === 'boolean') return value;
    if (value === '') return true;
    throw this.fail(at, `expected a boolean, got ${describe(value)}`);
  }

  oneOf<T extends string>(value: unknown, at: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    throw this.fail(at, `expected one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}, got ${describe(value)}`);
  }
}
