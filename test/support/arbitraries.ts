// fast-check arbitraries of wikispec snapshots that stay within what MediaWiki's action=paraminfo can emit, but explore
// it: hostile module/parameter names (reserved words of TS/JS and OpenAPI tooling, names differing only by case or
// prefix, colliding wire names), empty and huge enums, enum values and help text with quotes, backslashes, `|`,
// newlines, `*/`, `${`, markup and unicode, every parameter type and flag combination, templated parameters, and
// consistent submodule trees (every submodule map points at an existing module) several levels deep.
//
// `snapshotArbitrary()` gives parsed, canonical snapshots (through parseSnapshot); `snapshotPairArbitrary()` gives
// (base, head) pairs where head is base after one or several random API edits (removals, additions, flag flips, type and
// limit changes, prefix changes, …), also consistent and canonical.
import fc from 'fast-check';
import { SNAPSHOT_FORMAT, compareCodeUnits, parseSnapshot, type Snapshot } from '@wikispec/snapshot';

type Json = Record<string, unknown>;

/** Words that break naive code or document generators when used as names. */
export const RESERVED_WORDS = [
  // JavaScript / TypeScript keywords and contextual keywords
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'async', 'as', 'any', 'boolean',
  'declare', 'get', 'set', 'module', 'namespace', 'require', 'number', 'string', 'symbol', 'type', 'from', 'of', 'never',
  'unknown', 'object', 'undefined', 'keyof', 'readonly', 'infer', 'is', 'satisfies', 'accessor', 'override',
  // Object.prototype and other JS runtime hazards
  '__proto__', 'prototype', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'length', 'name', 'caller',
  'arguments', 'eval', 'then', 'NaN', 'Infinity', 'Object', 'Array', 'Promise', 'Symbol', 'globalThis',
  // OpenAPI / JSON Schema tooling
  '$ref', '$id', '$schema', '$defs', 'components', 'paths', 'schemas', 'parameters', 'responses', 'openapi', 'info',
  'servers', 'x-foo', 'allOf', 'oneOf', 'anyOf', 'required', 'properties', 'items', 'enum', 'in', 'style', 'explode',
  // wikispec / runtime surface
  'request', 'client', 'createClient', 'options', 'signal', 'token', 'continue', 'MediaWikiApiError', 'index', 'main',
];

/** Names that collide with each other by case, by prefix or as wire names (prefix + name). */
const COLLIDING_NAMES = [
  'limit', 'Limit', 'LIMIT', 'plimit', 'aplimit', 'ap', 'a', 'prop', 'Prop', 'list', 'meta', 'generator', 'format',
  'action', 'titles', 'pageids', 'gaplimit', 'glimit', 'continue', 'token', 'maxlag', 'from', 'to', 'dir', 'namespace',
  'foo', 'Foo', 'foo_', 'foo-', '_foo', 'foo1', 'foo.bar', 'foo-bar', 'foo_bar', 'fooBar',
];

const REALISTIC_NAMES = [
  'title', 'page', 'text', 'summary', 'section', 'user', 'start', 'end', 'sort', 'filterredir', 'minsize', 'ns', 'ids',
  'slots', 'content', 'contentmodel', 'watchlist', 'tags', 'reason', 'expiry', 'hidden', 'redirect', 'uselang',
];

/** Characters that appear in names of real third-party modules and parameters, and a few the API would still carry. */
const NAME_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyz', ...'ABCXYZ', ...'0179', '-', '_', '.', '$', ':', '@', '~', '!', "'", '"', '`', '\\',
  '/', ' ', '*', '[', ']', '<', '>', '&', '#', '%', '?', '=', ',', ';', '(', ')', '^',
  'é', 'ß', 'İ', 'ı', 'ñ', 'Ω', 'я', '中', '文', 'ع', '😀', '\u200b', '\u200d', '\u202e',
];

/** Enum values worth testing: the API sends any string (configuration values, user-defined tags, …). */
const HOSTILE_VALUES = [
  '', ' ', '"', "'", '\\', '\\\\', '|', 'a|b', '\n', 'a\nb', '\r\n', '\t', '*/', '/*', '/**/', '${x}', '${', '`', '```',
  '</script>', '<script>alert(1)</script>', '<!--', '-->', '&amp;', '\u2028', '\u2029', '😀', 'İ', 'ß', 'ﬁ', '0', '-1', '1e3',
  '00', 'true', 'false', 'null', 'undefined', 'max', '*', '__proto__', 'constructor', 'prototype', '$ref', 'toString',
  'default', 'delete', 'a b', 'A', 'a', 'ltr\u200fmark', '\x1f', 'x\u0301', 'Ａ',
];

const HELP_FRAGMENTS = [
  'Plain text.', '<script>alert(1)</script>', '<script>', '</script>', '<b>unbalanced', '</i>', '<b><i>crossed</b></i>',
  '*/', '/*', '/** nested */', '`code`', '```', '${injected}', '[[Special:ApiHelp/query|query]]', '[[Main Page]]',
  '[https://example.org/ a link]', "''italic'' '''bold'''", '{{template|x}}', '<!-- comment', '-->', '&amp; &lt; &#x27;',
  '<kbd>action=query&list=allpages</kbd>', '<var>aplimit</var>', '\n\n;term:definition\n', '\n* item\n* item\n', '\\', '"',
  "'", '<', '>', '&', '\u2028', '\u2029', 'éß中😀', '# not a heading', '|', '<span dir="ltr" lang="en">', '</span>',
  '<a href="javascript:alert(1)">x</a>', '<img src=x onerror=alert(1)>', '<pre>', '</pre>', '<nowiki>', '</nowiki>',
  '<math>x^2</math>', '\r\n', '\t', '@deprecated', '@param x', '{@link x}', '<br>', '<br/>', '%s', '$1', '\x1b[31mred',
];

const NAMED_TYPES = ['string', 'text', 'title', 'user', 'integer', 'float', 'limit', 'boolean', 'timestamp', 'expiry', 'namespace', 'upload', 'password', 'raw', 'tags'] as const;
const TOKEN_TYPES = ['csrf', 'login', 'patrol', 'rollback', 'userrights', 'watch', 'createaccount', 'deleteglobalaccount', 'setglobalaccountstatus'];
const USER_SUBTYPES = ['name', 'ip', 'cidr', 'interwiki', 'id', 'temp'];
const PREFIXES = ['', '', 'a', 'ap', 'g', 'p', 'x', 'wb', 'rv', 'Ap', 'z$', 'é', 'f-', 'gap'];
const BIG_NUMBERS = [0, 1, -1, 2, 10, 50, 500, 5000, 2147483647, -2147483648, Number.MAX_SAFE_INTEGER, 9223372036854776000];

const codeUnitSort = (values: Iterable<string>) => [...values].sort(compareCodeUnits);

/** A free-form string made of name characters. */
const wildName = fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 10 });

/** A parameter name (never containing `{`/`}`, which mark templated parameters). */
export const parameterNameArbitrary: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...RESERVED_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...COLLIDING_NAMES), weight: 3 },
  { arbitrary: fc.constantFrom(...REALISTIC_NAMES), weight: 2 },
  { arbitrary: wildName, weight: 2 },
);

/** A module name: as free as a parameter name, but never containing `+` (the path separator) or `|`, never `main`. */
export const moduleNameArbitrary: fc.Arbitrary<string> = parameterNameArbitrary.filter(
  (name) => name !== 'main' && !name.includes('+') && !name.includes('|') && name.trim() !== '',
);

const enumValueArbitrary: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_VALUES), weight: 4 },
  { arbitrary: fc.constantFrom(...REALISTIC_NAMES, ...COLLIDING_NAMES), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
);

/** Enum value lists: usually small, sometimes empty, sometimes huge. */
const enumValuesArbitrary: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: fc.constant<string[]>([]), weight: 1 },
  { arbitrary: fc.uniqueArray(enumValueArbitrary, { minLength: 1, maxLength: 6 }), weight: 8 },
  { arbitrary: fc.integer({ min: 150, max: 400 }).map((count) => Array.from({ length: count }, (_, index) => `v${index}`)), weight: 1 },
);

/** Help text: markup, unbalanced tags, comment terminators, unicode. */
export const helpTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...HELP_FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
);

const smallInt = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constantFrom(...BIG_NUMBERS));
const optional = <T>(arbitrary: fc.Arbitrary<T>, freq = 2) => fc.option(arbitrary, { nil: undefined, freq });

/** Drops undefined fields so the raw JSON looks like what the API sends. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Multi-value fields as MediaWiki 1.39 sends them (limit = lowlimit for normal users). */
const multiLimits = fc.record({ lowlimit: fc.constantFrom(1, 50, 500), highlimit: fc.constantFrom(50, 500, 5000) }).map(({ lowlimit, highlimit }) => ({
  lowlimit,
  highlimit: Math.max(lowlimit, highlimit),
  limit: lowlimit,
}));

const infoArbitrary = fc.array(
  fc.oneof(
    fc.record({ name: fc.constantFrom('singlepageonly', 'useronly', 'nonuseronly'), text: helpTextArbitrary }),
    fc.record({ name: fc.constant('modes'), values: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), text: helpTextArbitrary }),
  ),
  { maxLength: 2 },
);

/** Everything of a parameter but its name and index: every type and flag combination MediaWiki emits. */
const parameterBodyArbitrary: fc.Arbitrary<Json> = fc
  .record({
    kind: fc.constantFrom(...NAMED_TYPES, 'enum', 'enum', 'enum', 'token', 'future-type'),
    description: helpTextArbitrary,
    required: fc.boolean(),
    multi: fc.boolean(),
    deprecated: fc.boolean(),
    allowsduplicates: fc.boolean(),
    values: enumValuesArbitrary,
    valuePicks: fc.array(fc.nat(), { maxLength: 4 }),
    limits: multiLimits,
    withAllspecifier: fc.boolean(),
    allspecifier: fc.constantFrom('*', '*', 'all', '|'),
    numbers: fc.array(smallInt, { minLength: 3, maxLength: 3 }),
    enforcerange: fc.boolean(),
    withDefault: fc.boolean(),
    stringDefault: enumValueArbitrary,
    floatDefault: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    maxbytes: optional(fc.constantFrom(1, 255, 767, 2048)),
    maxchars: optional(fc.constantFrom(1, 255, 500)),
    subtypes: fc.subarray(USER_SUBTYPES, { minLength: 1 }),
    tokentype: fc.constantFrom(...TOKEN_TYPES),
    extranamespaces: optional(fc.constantFrom([-1], [-2, -1])),
    mustExist: optional(fc.boolean()),
    sensitive: fc.boolean(),
    info: optional(infoArbitrary, 4),
  })
  .map((r): Json => {
    const [a = 0, b = 0, c = 0] = [...r.numbers].sort((x, y) => x - y);
    const base: Json = { description: r.description, required: r.required, deprecated: r.deprecated || undefined, info: r.info };
    const multiFields = (allowMulti: boolean): Json =>
      allowMulti && r.multi
        ? { multi: true, ...r.limits, allowsduplicates: r.allowsduplicates || undefined }
        : { multi: false };
    // MediaWiki forbids a default on required parameters (ApiStructureTest), so a default appears only when optional.
    const withDefault = (value: unknown): Json => (r.withDefault && !r.required ? { default: value } : {});
    switch (r.kind) {
      case 'enum': {
        const values = r.values;
        const picked = codeUnitSort(new Set(r.valuePicks.map((pick) => values[pick % Math.max(1, values.length)]).filter((v): v is string => v !== undefined)));
        const multi = multiFields(true);
        const fallback = values.length === 0 ? {} : withDefault(multi.multi ? picked.join('|') : (picked[0] ?? values[0]));
        return compact({
          ...base,
          type: values,
          ...multi,
          ...fallback,
          allspecifier: multi.multi && r.withAllspecifier && !values.includes(r.allspecifier) ? r.allspecifier : undefined,
          internalvalues: picked.length > 0 && r.valuePicks.length % 2 === 1 ? picked.slice(0, 1) : undefined,
          deprecatedvalues: picked.length > 1 ? picked.slice(-1) : undefined,
        });
      }
      case 'token':
        return compact({ ...base, type: 'string', required: r.required, multi: false, sensitive: true, tokentype: r.tokentype });
      case 'integer':
      case 'limit': {
        const limit = r.kind === 'limit';
        const min = limit ? Math.max(0, Math.min(1, a)) : a;
        return compact({
          ...base,
          type: r.kind,
          ...multiFields(!limit),
          min: limit || r.valuePicks.length > 0 ? min : undefined,
          max: limit || r.valuePicks.length > 1 ? Math.max(min, b) : undefined,
          highmax: limit || r.valuePicks.length > 2 ? Math.max(min, b, c) : undefined,
          enforcerange: !limit && r.enforcerange ? true : undefined,
          ...withDefault(Math.max(min, Math.min(b, 10))),
        });
      }
      case 'float':
        return compact({ ...base, type: 'float', multi: false, ...withDefault(r.floatDefault) });
      case 'boolean':
        return compact({ ...base, type: 'boolean', required: false, multi: false });
      case 'namespace':
        return compact({
          ...base,
          type: 'namespace',
          ...multiFields(true),
          allspecifier: r.multi && r.withAllspecifier ? '*' : undefined,
          extranamespaces: r.extranamespaces,
          ...withDefault(0),
        });
      case 'user':
        return compact({ ...base, type: 'user', ...multiFields(true), subtypes: r.subtypes, ...withDefault(r.stringDefault) });
      case 'password':
        return compact({ ...base, type: 'password', multi: false, sensitive: true });
      case 'upload':
        return compact({ ...base, type: 'upload', multi: false });
      case 'title':
        return compact({ ...base, type: 'title', ...multiFields(true), mustExist: r.mustExist, ...withDefault(r.stringDefault) });
      case 'timestamp':
        return compact({ ...base, type: 'timestamp', ...multiFields(true), ...withDefault('now') });
      case 'expiry':
        return compact({ ...base, type: 'expiry', multi: false, ...withDefault('infinite') });
      case 'tags':
        return compact({ ...base, type: 'tags', ...multiFields(true) });
      default:
        // string, text, raw and a type a newer MediaWiki might invent.
        return compact({
          ...base,
          type: r.kind,
          ...multiFields(r.kind !== 'text'),
          maxbytes: r.maxbytes,
          maxchars: r.maxchars,
          sensitive: r.sensitive || undefined,
          ...withDefault(r.stringDefault),
        });
    }
  });

const exampleArbitrary = fc.record({
  query: fc.tuple(enumValueArbitrary, enumValueArbitrary).map(([a, b]) => `action=${encodeURIComponent(a)}&x=${encodeURIComponent(b)}`),
  description: helpTextArbitrary,
});

/** Everything of a module but its path, name, group and structural (submodule) parameters. */
const moduleBodyArbitrary = fc.record({
  prefix: fc.oneof({ arbitrary: fc.constantFrom(...PREFIXES), weight: 5 }, { arbitrary: fc.string({ unit: fc.constantFrom(...'abgxé$-'), maxLength: 3 }), weight: 1 }),
  description: helpTextArbitrary,
  flags: fc.record({ readrights: fc.boolean(), writerights: fc.boolean(), mustbeposted: fc.boolean(), internal: fc.boolean(), deprecated: fc.boolean() }),
  parameters: fc.uniqueArray(fc.tuple(parameterNameArbitrary, parameterBodyArbitrary), { selector: ([name]) => name, maxLength: 7 }),
  templated: fc.array(fc.tuple(fc.constantFrom('text-{slot}', 'fromtext-{slot}', '{x}', '{slot}-{slot}', 'a{slot}b', '$ref-{slot}'), parameterBodyArbitrary), { maxLength: 2 }),
  examples: fc.array(exampleArbitrary, { maxLength: 2 }),
  helpurls: fc.array(fc.constantFrom('https://www.mediawiki.org/wiki/API:Main_page', 'https://example.org/a"b', 'https://example.org/*/'), { maxLength: 2 }),
  dynamicparameters: optional(fc.oneof(fc.constant(true), helpTextArbitrary), 6),
  classname: optional(fc.constantFrom('ApiQueryAllPages', 'MediaWiki\\Extension\\Foo\\Api\\ApiFoo'), 2),
  source: optional(fc.constantFrom('MediaWiki', 'Some "Extension"'), 2),
  future: optional(fc.record({ key: fc.constantFrom('futurefield', 'x-something', 'sensitivity'), value: fc.jsonValue({ maxDepth: 1 }) }), 8),
});
type ModuleBody = typeof moduleBodyArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A node of the module tree: a module and, optionally, one parameter selecting child modules. */
interface TreeNode {
  name: string;
  children?: { parameter: string; prefix: string | undefined; nodes: TreeNode[] };
}

function treeArbitrary(depth: number): fc.Arbitrary<TreeNode> {
  if (depth <= 0) return fc.record({ name: moduleNameArbitrary });
  const children = fc.record({
    parameter: fc.oneof(fc.constantFrom('submodule', 'type', 'generator', 'default'), parameterNameArbitrary),
    prefix: optional(fc.constantFrom('g', 'sub', ''), 3),
    nodes: fc.uniqueArray(treeArbitrary(depth - 1), { selector: (node) => node.name, minLength: 1, maxLength: 2 }),
  });
  return fc.record({ name: moduleNameArbitrary, children: optional(children, 3) }).map((node): TreeNode => compact(node) as unknown as TreeNode);
}

/** Options of snapshotArbitrary. */
export interface SnapshotArbitraryOptions {
  /** Depth of submodule trees under action modules (default 3: `a+b+c+d`). */
  maxDepth?: number;
  /** Most action modules besides `query` (default 5). */
  maxActions?: number;
}

interface Skeleton {
  actions: TreeNode[];
  formats: string[];
  query: Array<{ name: string; group: 'prop' | 'list' | 'meta'; generator: boolean }> | undefined;
  generatorOnAction: boolean;
  mainDefaults: { action: number; format: number };
}

const wikiArbitrary = fc.record({
  apiUrl: fc.constantFrom('http://127.0.0.1:8139/api.php', 'https://example.org/w/api.php', 'http://127.0.0.1:8139/w/a%22p*/i.php'),
  sitename: fc.oneof(fc.constantFrom('LocalWiki', 'Wiki "*/ <script>', "O'Wiki `${x}` \\"), helpTextArbitrary.filter((text) => text !== '')),
  wikiid: fc.constantFrom('localwiki', 'my-wiki', 'wiki*/'),
  generator: fc.constantFrom('MediaWiki 1.39.17', 'MediaWiki 1.46.0-wmf.3', 'MediaWiki 1.27.0'),
  lang: fc.constantFrom('en', 'de', 'zh-hans', 'ar', 'sr-el'),
  server: fc.constantFrom('http://127.0.0.1:8139', '//example.org', 'https://example.org'),
  articlepath: fc.constantFrom('/index.php/$1', '/wiki/$1', '/w/index.php?title=$1'),
  scriptpath: fc.constantFrom('', '/w'),
  mainpage: fc.constantFrom('Main Page', 'Hauptseite', '*/'),
  extensions: fc.uniqueArray(
    fc.record({ type: fc.constantFrom('parserhook', 'skin', 'other', 'api'), name: fc.oneof(fc.constantFrom('Cite', 'Scribunto', 'Ext "*/'), wildName), version: optional(fc.constantFrom('1.0.0', '0.1.2', '2.0')) }),
    { selector: (extension) => `${extension.type}\u0000${extension.name}\u0000${extension.version ?? ''}`, maxLength: 4 },
  ),
  namespaces: fc.constantFrom(
    [{ id: 0, name: '', content: true }, { id: 1, name: 'Talk', canonical: 'Talk' }],
    [{ id: -2, name: 'Media', canonical: 'Media' }, { id: -1, name: 'Special', canonical: 'Special' }, { id: 0, name: '' }],
    [],
  ),
});

function skeletonArbitrary(options: SnapshotArbitraryOptions): fc.Arbitrary<Skeleton> {
  const maxDepth = options.maxDepth ?? 3;
  // Every real wiki has action modules; at least one keeps the shared main parameters in use.
  const topNames = fc.uniqueArray(treeArbitrary(maxDepth), { selector: (node) => node.name, minLength: 2, maxLength: options.maxActions ?? 5 });
  return fc.record({
    actions: fc.tuple(topNames, fc.uniqueArray(moduleNameArbitrary, { maxLength: 3 })).map(([actions]) => actions.filter((node) => node.name !== 'query')),
    formats: fc.uniqueArray(fc.oneof(fc.constantFrom('json', 'jsonfm', 'php', 'xml', 'none'), moduleNameArbitrary), { minLength: 1, maxLength: 3 }),
    query: optional(
      fc.uniqueArray(fc.record({ name: moduleNameArbitrary, group: fc.constantFrom('prop' as const, 'list' as const, 'meta' as const), generator: fc.boolean() }), {
        selector: (sub) => sub.name,
        maxLength: 6,
      }),
      5,
    ),
    generatorOnAction: fc.boolean(),
    mainDefaults: fc.record({ action: fc.nat(), format: fc.nat() }),
  });
}

/** A structural (submodule-selecting) parameter. */
function submoduleParameter(name: string, children: Array<{ value: string; path: string }>, extra: Json): Json {
  const values = codeUnitSort(children.map((child) => child.value));
  return compact({
    name,
    description: 'Which submodule to use.',
    type: values,
    required: false,
    multi: false,
    submodules: Object.fromEntries(codeUnitSort(children.map((child) => child.value)).map((value) => [value, children.find((child) => child.value === value)?.path])),
    ...extra,
  });
}

/** Raw module JSON (paraminfo shape) from a body and its structural parameters. */
function moduleJson(path: string, name: string, group: string | undefined, body: ModuleBody, structural: Json[]): Json {
  const taken = new Set(structural.map((parameter) => parameter.name as string));
  const ordinary = body.parameters.filter(([parameterName]) => !taken.has(parameterName)).map(([parameterName, parameter]) => ({ name: parameterName, ...parameter }));
  const parameters: Json[] = [...structural, ...ordinary].map((parameter, index) => ({ index: index + 1, ...parameter }));
  // Templated parameters take their values from a multi-value parameter of the same module (MediaWiki requires that).
  const multiSource = parameters.find((parameter) => parameter.multi === true && parameter.submodules === undefined);
  const templatedparameters =
    multiSource === undefined
      ? []
      : body.templated
          .filter(([template], index, all) => all.findIndex(([other]) => other === template) === index)
          .map(([template, parameter], index) => {
            const vars = [...new Set([...template.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string))];
            return { index: parameters.length + index + 1, name: template, ...parameter, templatevars: Object.fromEntries(vars.map((variable) => [variable, multiSource.name])) };
          });
  const flags = Object.fromEntries(Object.entries(body.flags).filter(([, on]) => on));
  return compact({
    name,
    path,
    group,
    prefix: body.prefix,
    classname: body.classname,
    source: body.source,
    description: body.description,
    ...flags,
    helpurls: body.helpurls,
    examples: body.examples,
    parameters,
    templatedparameters,
    dynamicparameters: body.dynamicparameters,
    ...(body.future === undefined ? {} : { [body.future.key]: body.future.value }),
  });
}

function mainParameters(skeleton: Skeleton, actionValues: Array<{ value: string; path: string }>, formatValues: Array<{ value: string; path: string }>): Json[] {
  const actionList = codeUnitSort(actionValues.map((entry) => entry.value));
  const formatList = codeUnitSort(formatValues.map((entry) => entry.value));
  const pick = (list: string[], index: number) => list[index % Math.max(1, list.length)];
  return [
    submoduleParameter('action', actionValues, { default: actionList.length > 0 && skeleton.mainDefaults.action % 2 === 0 ? pick(actionList, skeleton.mainDefaults.action) : undefined }),
    submoduleParameter('format', formatValues, { default: pick(formatList, skeleton.mainDefaults.format) }),
    { name: 'maxlag', description: 'Maximum lag.', type: 'integer', required: false, multi: false },
    { name: 'smaxage', description: 'Cache.', type: 'integer', required: false, multi: false, default: 0, min: 0, max: 2678400, highmax: 2678400, enforcerange: true },
    { name: 'assert', description: 'Verify the user is logged in.', type: ['anon', 'bot', 'user'], required: false, multi: false },
    { name: 'assertuser', description: 'Verify the current user.', type: 'user', required: false, multi: false, subtypes: ['name'] },
    { name: 'errorformat', description: 'Format of errors.', type: ['bc', 'html', 'none', 'plaintext', 'raw', 'wikitext'], required: false, multi: false, default: 'bc' },
    { name: 'uselang', description: 'Language.', type: 'string', required: false, multi: false, default: 'user' },
    { name: 'curtimestamp', description: 'Include the current timestamp.', type: 'boolean', required: false, multi: false },
  ];
}

/** Builds the raw snapshot JSON (wikispec snapshot format) from a skeleton, one body per module and wiki info. */
function assemble(skeleton: Skeleton, bodies: ModuleBody[], wiki: Json, helpformat: string): Json {
  let next = 0;
  const body = () => bodies[next++ % bodies.length] as ModuleBody;
  const modules: Json[] = [];
  const queryModules = skeleton.query ?? [];
  const generatorChildren = queryModules.filter((sub) => sub.generator && sub.group !== 'meta').map((sub) => ({ value: sub.name, path: `query+${sub.name}` }));
  const generatorParameter = (extra: Json = {}) => submoduleParameter('generator', generatorChildren, { submoduleparamprefix: 'g', ...extra });

  const addTree = (node: TreeNode, path: string, group: string, withGenerator: boolean) => {
    const structural: Json[] = [];
    if (node.children !== undefined) {
      const children = node.children.nodes.map((child) => ({ value: child.name, path: `${path}+${child.name}` }));
      structural.push(submoduleParameter(node.children.parameter, children, node.children.prefix === undefined ? {} : { submoduleparamprefix: node.children.prefix }));
    }
    if (withGenerator && skeleton.query !== undefined && !structural.some((parameter) => parameter.name === 'generator')) structural.push(generatorParameter());
    modules.push(moduleJson(path, node.name, group, body(), structural));
    for (const child of node.children?.nodes ?? []) addTree(child, `${path}+${child.name}`, node.children?.parameter as string, false);
  };

  const actionValues = skeleton.actions.map((node) => ({ value: node.name, path: node.name }));
  if (skeleton.query !== undefined) actionValues.push({ value: 'query', path: 'query' });
  // Action and format modules share one module manager in MediaWiki, so their names are unique together.
  const formats = skeleton.formats.filter((name) => !actionValues.some((action) => action.value === name));
  const formatValues = formats.map((name) => ({ value: name, path: name }));

  modules.push(moduleJson('main', 'main', undefined, { ...body(), prefix: '', parameters: [], templated: [] }, mainParameters(skeleton, actionValues, formatValues)));
  skeleton.actions.forEach((node, index) => addTree(node, node.name, 'action', skeleton.generatorOnAction && index === 0));
  for (const name of formats) modules.push(moduleJson(name, name, 'format', body(), []));
  if (skeleton.query !== undefined) {
    const byGroup = (group: string) => queryModules.filter((sub) => sub.group === group).map((sub) => ({ value: sub.name, path: `query+${sub.name}` }));
    const structural = [
      submoduleParameter('prop', byGroup('prop'), { multi: true, lowlimit: 50, highlimit: 500, limit: 50 }),
      submoduleParameter('list', byGroup('list'), { multi: true, lowlimit: 50, highlimit: 500, limit: 50 }),
      submoduleParameter('meta', byGroup('meta'), { multi: true, lowlimit: 50, highlimit: 500, limit: 50 }),
      generatorParameter(),
      { name: 'titles', description: 'A list of titles.', type: 'string', required: false, multi: true, lowlimit: 50, highlimit: 500, limit: 50 },
      { name: 'pageids', description: 'A list of page IDs.', type: 'integer', required: false, multi: true, lowlimit: 50, highlimit: 500, limit: 50 },
      { name: 'continue', description: 'Continue.', type: 'string', required: false, multi: false },
    ];
    modules.push(moduleJson('query', 'query', 'action', { ...body(), prefix: '' }, structural));
    for (const sub of queryModules) {
      const module = moduleJson(`query+${sub.name}`, sub.name, sub.group, body(), []);
      if (sub.generator && sub.group !== 'meta') module.generator = true;
      modules.push(module);
    }
  }
  return { format: SNAPSHOT_FORMAT, wiki, helpformat, modules };
}

/** Raw snapshot JSON (before parseSnapshot), for tests that need to hand-edit it. */
export function rawSnapshotArbitrary(options: SnapshotArbitraryOptions = {}): fc.Arbitrary<Json> {
  return fc
    .record({
      skeleton: skeletonArbitrary(options),
      wiki: wikiArbitrary,
      helpformat: fc.constantFrom('wikitext', 'wikitext', 'html', 'none', 'raw'),
      bodies: fc.array(moduleBodyArbitrary, { minLength: 1, maxLength: 12 }),
    })
    .map(({ skeleton, wiki, helpformat, bodies }) => {
      const version = /^MediaWiki (\S+)/.exec(wiki.generator)?.[1];
      return assemble(skeleton, bodies, compact({ ...wiki, mediawikiVersion: version }), helpformat);
    });
}

/** Canonical, validated snapshots (parseSnapshot of the raw JSON). */
export function snapshotArbitrary(options: SnapshotArbitraryOptions = {}): fc.Arbitrary<Snapshot> {
  return rawSnapshotArbitrary(options).map((raw) => parseSnapshot(raw, { source: 'fuzz' }));
}

// ---------------------------------------------------------------------------------------------------------------------
// Mutations: one or several API edits applied to a snapshot, giving (base, head) pairs.

/** The kinds of edit the mutation arbitrary applies. */
export const EDIT_KINDS = [
  'remove-module', 'remove-parameter', 'add-parameter', 'rename-parameter', 'remove-value', 'add-value', 'value-internal',
  'value-deprecated', 'toggle-required', 'toggle-multi', 'toggle-deprecated', 'toggle-sensitive', 'toggle-module-flag',
  'change-type', 'change-limits', 'change-bounds', 'change-default', 'change-prefix', 'change-submodule-prefix',
  'change-tokentype', 'change-subtypes', 'remove-allspecifier', 'remove-templated', 'remove-dynamic', 'change-help',
  'change-noise',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** One edit: which kind, and random numbers that pick its target and its new value. */
export interface Edit {
  kind: EditKind;
  module: number;
  parameter: number;
  value: number;
  variant: number;
  text: string;
}

export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  module: fc.nat(),
  parameter: fc.nat(),
  value: fc.nat(),
  variant: fc.nat(),
  text: enumValueArbitrary,
});

type RawModule = Json & { path: string; prefix: string; parameters: RawParameter[]; templatedparameters: RawParameter[] };
type RawParameter = Json & { name: string; type: string | string[] };

const at = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);

/** Applies one edit in place; returns false when it found nothing to edit. */
export function applyEdit(snapshot: { modules: RawModule[] }, edit: Edit): boolean {
  const modules = snapshot.modules;
  const module = at(modules, edit.module);
  if (module === undefined) return false;
  const parameter = at(module.parameters, edit.parameter);
  const flip = (object: Json, key: string) => {
    if (object[key] === true) delete object[key];
    else object[key] = true;
  };
  const isStructural = (p: RawParameter | undefined) => p?.submodules !== undefined;
  switch (edit.kind) {
    case 'remove-module': {
      if (module.path === 'main') return false;
      snapshot.modules = modules.filter((other) => other.path !== module.path);
      return true;
    }
    case 'remove-parameter': {
      if (parameter === undefined) return false;
      module.parameters = module.parameters.filter((other) => other !== parameter);
      return true;
    }
    case 'add-parameter':
    case 'rename-parameter': {
      const name = `${edit.text.replace(/[{}]/g, '')}_new${edit.variant % 3}`;
      if (module.parameters.some((other) => other.name === name)) return false;
      if (edit.kind === 'rename-parameter') {
        if (parameter === undefined || isStructural(parameter)) return false;
        parameter.name = name;
        return true;
      }
      const required = edit.variant % 4 === 0;
      module.parameters.push({ index: module.parameters.length + 1, name, description: '', type: edit.variant % 2 ? 'string' : [edit.text], required, multi: false });
      return true;
    }
    case 'remove-value':
    case 'add-value':
    case 'value-internal':
    case 'value-deprecated': {
      if (parameter === undefined || !Array.isArray(parameter.type)) return false;
      const values = parameter.type;
      if (edit.kind === 'add-value') {
        if (isStructural(parameter) || values.includes(edit.text)) return false;
        parameter.type = [...values, edit.text];
        return true;
      }
      const value = at(values, edit.value);
      if (value === undefined) return false;
      // A module listed by several submodule parameters (a query module in prop/list/meta and, as a generator, in every
      // `generator` parameter) leaves them all at once in MediaWiki: by remove-module, or by toggle-module-flag for the
      // generator lists. Dropping it from one list only gives a snapshot no wiki emits.
      const path = (parameter.submodules as Record<string, string> | undefined)?.[value];
      if (edit.kind === 'remove-value' && path !== undefined && modules.some((other) => other.parameters.some((p) => p !== parameter && Object.values((p.submodules as Record<string, string> | undefined) ?? {}).includes(path)))) {
        return false;
      }
      if (edit.kind === 'remove-value') {
        parameter.type = values.filter((other) => other !== value);
        return true;
      }
      const key = edit.kind === 'value-internal' ? 'internalvalues' : 'deprecatedvalues';
      const list = (parameter[key] as string[] | undefined) ?? [];
      parameter[key] = list.includes(value) ? list.filter((other) => other !== value) : [...list, value];
      return true;
    }
    case 'toggle-required':
      if (parameter === undefined) return false;
      parameter.required = !parameter.required;
      if (parameter.required) delete parameter.default;
      return true;
    case 'toggle-multi':
      if (parameter === undefined || isStructural(parameter)) return false;
      parameter.multi = !parameter.multi;
      if (parameter.multi) Object.assign(parameter, { lowlimit: 50, highlimit: 500, limit: 50 });
      else for (const key of ['lowlimit', 'highlimit', 'limit', 'allspecifier', 'allowsduplicates']) delete parameter[key];
      return true;
    case 'toggle-deprecated':
      if (parameter === undefined) flip(module, 'deprecated');
      else flip(parameter, 'deprecated');
      return true;
    case 'toggle-sensitive':
      if (parameter === undefined) return false;
      flip(parameter, 'sensitive');
      return true;
    case 'toggle-module-flag': {
      const flag = at(['readrights', 'writerights', 'mustbeposted', 'internal', 'deprecated', 'generator'], edit.variant) as string;
      if (flag === 'generator') return toggleGenerator(modules, module);
      flip(module, flag);
      return true;
    }
    case 'change-type': {
      if (parameter === undefined || isStructural(parameter)) return false;
      const types: Array<string | string[]> = [...NAMED_TYPES, [edit.text], [], ['a', 'b']];
      const type = at(types, edit.variant) as string | string[];
      if (JSON.stringify(type) === JSON.stringify(parameter.type)) return false;
      parameter.type = type;
      for (const key of ['default', 'internalvalues', 'deprecatedvalues', 'allspecifier']) delete parameter[key];
      return true;
    }
    case 'change-limits': {
      if (parameter === undefined || !parameter.multi) return false;
      const key = at(['lowlimit', 'highlimit'], edit.variant) as string;
      const before = (parameter[key] as number | undefined) ?? 50;
      parameter[key] = edit.value % 2 === 0 ? Math.max(1, Math.floor(before / 2)) : before * 2;
      parameter.limit = parameter.lowlimit;
      return true;
    }
    case 'change-bounds': {
      if (parameter === undefined) return false;
      const key = at(['min', 'max', 'highmax', 'maxbytes', 'maxchars'], edit.variant) as string;
      const before = parameter[key] as number | undefined;
      if (before !== undefined && edit.value % 3 === 0) delete parameter[key];
      else parameter[key] = before === undefined ? 100 : edit.value % 2 === 0 ? before - 1 : before + 1;
      return true;
    }
    case 'change-default': {
      if (parameter === undefined || parameter.required || isStructural(parameter)) return false;
      if (parameter.default !== undefined && edit.value % 2 === 0) delete parameter.default;
      else parameter.default = Array.isArray(parameter.type) ? (at(parameter.type, edit.value) ?? edit.text) : typeof parameter.default === 'number' ? parameter.default + 1 : edit.text;
      return true;
    }
    case 'change-prefix': {
      const prefix = at(['', 'x', 'ap', 'zz'], edit.variant) as string;
      if (prefix === module.prefix || module.path === 'main') return false;
      module.prefix = prefix;
      return true;
    }
    case 'change-submodule-prefix': {
      const structural = module.parameters.find((p) => p.submodules !== undefined && p.name !== 'action' && p.name !== 'format');
      if (structural === undefined) return false;
      if (structural.submoduleparamprefix === undefined) structural.submoduleparamprefix = 'q';
      else delete structural.submoduleparamprefix;
      return true;
    }
    case 'change-tokentype': {
      if (parameter === undefined || isStructural(parameter)) return false;
      const tokentype = at(TOKEN_TYPES, edit.variant) as string;
      if (parameter.tokentype === tokentype) delete parameter.tokentype;
      else Object.assign(parameter, { tokentype, sensitive: true });
      return true;
    }
    case 'change-subtypes': {
      if (parameter === undefined || parameter.type !== 'user') return false;
      const subtypes = (parameter.subtypes as string[] | undefined) ?? [];
      const subtype = at(USER_SUBTYPES, edit.variant) as string;
      parameter.subtypes = subtypes.includes(subtype) ? subtypes.filter((other) => other !== subtype) : [...subtypes, subtype];
      return true;
    }
    case 'remove-allspecifier':
      if (parameter?.allspecifier === undefined) return false;
      delete parameter.allspecifier;
      return true;
    case 'remove-templated': {
      const templated = at(module.templatedparameters, edit.parameter);
      if (templated === undefined) return false;
      module.templatedparameters = module.templatedparameters.filter((other) => other !== templated);
      return true;
    }
    case 'remove-dynamic':
      if (module.dynamicparameters === undefined) return false;
      delete module.dynamicparameters;
      return true;
    case 'change-help':
      if (parameter === undefined) module.description = `${String(module.description)} ${edit.text}`;
      else parameter.description = `${String(parameter.description)} ${edit.text}`;
      return true;
    case 'change-noise':
      if (edit.variant % 2 === 0) module.classname = `Changed\\${edit.variant}`;
      else module.source = `Source ${edit.variant}`;
      return true;
  }
}

/** A query submodule gains or loses the generator flag, and with it its value in every `generator` parameter. */
function toggleGenerator(modules: RawModule[], module: RawModule): boolean {
  if (!module.path.startsWith('query+') || module.group === 'meta' || module.path.split('+').length !== 2) return false;
  const on = module.generator !== true;
  if (on) module.generator = true;
  else delete module.generator;
  const name = module.path.slice('query+'.length);
  for (const other of modules) {
    for (const parameter of other.parameters) {
      if (parameter.name !== 'generator' || parameter.submoduleparamprefix !== 'g' || !Array.isArray(parameter.type)) continue;
      const submodules = (parameter.submodules ?? {}) as Record<string, string>;
      if (on && !parameter.type.includes(name)) {
        parameter.type = [...parameter.type, name].sort(compareCodeUnits);
        parameter.submodules = { ...submodules, [name]: module.path };
      } else if (!on) {
        parameter.type = parameter.type.filter((value) => value !== name);
        parameter.submodules = Object.fromEntries(Object.entries(submodules).filter(([value]) => value !== name));
      }
    }
  }
  return true;
}

/**
 * Makes an edited raw snapshot consistent again, as a real wiki would be after the change: submodule maps lose entries
 * whose module is gone (and their enum values), modules no longer reachable from `main` disappear, enum side lists
 * (internal/deprecated values, defaults) only name existing values, templated parameters only name existing sources,
 * and indexes are renumbered.
 */
export function repair(snapshot: { modules: RawModule[] }): void {
  for (let changed = true; changed; ) {
    changed = false;
    const paths = new Set(snapshot.modules.map((module) => module.path));
    for (const module of snapshot.modules) {
      for (const parameter of module.parameters) {
        const submodules = parameter.submodules as Record<string, string> | undefined;
        if (submodules === undefined) continue;
        for (const [value, path] of Object.entries(submodules)) {
          if (!paths.has(path)) {
            delete submodules[value];
            if (Array.isArray(parameter.type)) parameter.type = parameter.type.filter((other) => other !== value);
          }
        }
        // A submodule value removed from the enum takes its module map entry with it.
        if (Array.isArray(parameter.type)) {
          const values = new Set(parameter.type);
          for (const value of Object.keys(submodules)) if (!values.has(value)) delete submodules[value];
        }
      }
    }
    const reachable = new Set(['main']);
    const byPath = new Map(snapshot.modules.map((module) => [module.path, module]));
    const queue = ['main'];
    while (queue.length > 0) {
      const module = byPath.get(queue.pop() as string);
      for (const parameter of module?.parameters ?? []) {
        for (const path of Object.values((parameter.submodules as Record<string, string> | undefined) ?? {})) {
          if (!reachable.has(path)) {
            reachable.add(path);
            queue.push(path);
          }
        }
      }
    }
    const kept = snapshot.modules.filter((module) => reachable.has(module.path));
    if (kept.length !== snapshot.modules.length) {
      snapshot.modules = kept;
      changed = true;
    }
  }
  for (const module of snapshot.modules) {
    const names = new Set(module.parameters.map((parameter) => parameter.name));
    module.templatedparameters = module.templatedparameters.filter((templated) =>
      Object.values((templated.templatevars as Record<string, string> | undefined) ?? {}).every((source) => names.has(source)),
    );
    for (const parameter of [...module.parameters, ...module.templatedparameters]) {
      if (Array.isArray(parameter.type)) {
        const values = new Set(parameter.type);
        for (const key of ['internalvalues', 'deprecatedvalues']) {
          const list = parameter[key] as string[] | undefined;
          if (list === undefined) continue;
          const keptValues = list.filter((value) => values.has(value));
          if (keptValues.length === 0) delete parameter[key];
          else parameter[key] = keptValues;
        }
        if (typeof parameter.default === 'string' && !parameter.multi && !values.has(parameter.default)) delete parameter.default;
      }
    }
    module.parameters.forEach((parameter, index) => (parameter.index = index + 1));
    module.templatedparameters.forEach((parameter, index) => (parameter.index = module.parameters.length + index + 1));
  }
}

/** A (base, head) pair with the edits that turned base into head (after repair; head may equal base). */
export interface SnapshotPair {
  base: Snapshot;
  head: Snapshot;
  edits: Edit[];
}

/** Applies edits to a copy of a snapshot and returns the repaired, canonical head. */
export function mutateSnapshot(base: Snapshot, edits: readonly Edit[]): Snapshot {
  const raw = structuredClone(base) as unknown as { modules: RawModule[] };
  for (const edit of edits) applyEdit(raw, edit);
  repair(raw);
  return parseSnapshot(raw, { source: 'fuzz-head' });
}

/** (base, head) pairs: head is base after one to four random edits; sometimes swapped, so additions appear too. */
export function snapshotPairArbitrary(options: SnapshotArbitraryOptions = {}): fc.Arbitrary<SnapshotPair> {
  return fc
    .record({ base: snapshotArbitrary(options), edits: fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), swap: fc.boolean() })
    .map(({ base, edits, swap }) => {
      const head = mutateSnapshot(base, edits);
      return swap ? { base: head, head: base, edits } : { base, head, edits };
    });
}

/** The seed every fuzz property uses, so failures reproduce; FUZZ_SEED overrides. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261130);

/**
 * Runs for a property: the given default (the normal suite's budget), or FUZZ_RUNS for every property alike when set
 * (`pnpm fuzz` sets 10,000).
 */
export function fuzzRuns(defaultRuns: number): number {
  const env = process.env.FUZZ_RUNS;
  if (env === undefined || env === '') return defaultRuns;
  const runs = Number(env);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not ${JSON.stringify(env)}`);
  return runs;
}

/**
 * fast-check parameters of every fuzz property: the fixed seed, the run budget, and (in the normal suite) a time cap so
 * shrinking an expensive failure cannot stall the run for minutes (the failure is still reported).
 */
export function fuzzParameters(defaultRuns: number): { seed: number; numRuns: number; interruptAfterTimeLimit?: number; markInterruptAsFailure?: boolean } {
  const numRuns = fuzzRuns(defaultRuns);
  return process.env.FUZZ_RUNS ? { seed: FUZZ_SEED, numRuns } : { seed: FUZZ_SEED, numRuns, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true };
}
