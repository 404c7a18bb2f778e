import { compareCodeUnits } from './canonical.js';
import type { ApiModule, ApiParameter, ApiTemplatedParameter, Snapshot } from './types.js';

/** The name a parameter has on the wire: the module's prefix plus the parameter's own name (`ap` + `limit`). */
export function wireName(module: Pick<ApiModule, 'prefix'>, parameter: Pick<ApiParameter, 'name'>): string {
  return `${module.prefix}${parameter.name}`;
}

/** The allowed values of an enum parameter, or undefined when the type is a named type such as `string`. */
export function enumValues(parameter: Pick<ApiParameter, 'type'>): readonly string[] | undefined {
  return Array.isArray(parameter.type) ? parameter.type : undefined;
}

/** What kind of value a parameter takes: `enum` for value lists, otherwise paraminfo's named type. */
export type ValueKind =
  | 'enum'
  | 'string'
  | 'text'
  | 'title'
  | 'user'
  | 'integer'
  | 'float'
  | 'limit'
  | 'boolean'
  | 'timestamp'
  | 'expiry'
  | 'namespace'
  | 'upload'
  | 'password'
  | 'raw'
  | 'tags'
  | 'unknown';

const KNOWN_KINDS = new Set<string>(['string', 'text', 'title', 'user', 'integer', 'float', 'limit', 'boolean', 'timestamp', 'expiry', 'namespace', 'upload', 'password', 'raw', 'tags']);

/** Classifies a parameter's type; types a newer MediaWiki invents come back as `unknown` (treat as string). */
export function valueKind(parameter: Pick<ApiParameter, 'type'>): ValueKind {
  if (Array.isArray(parameter.type)) return 'enum';
  return KNOWN_KINDS.has(parameter.type) ? (parameter.type as ValueKind) : 'unknown';
}

/** Whether values of this kind travel as free text on the wire (string-like named types). */
export function isStringLike(kind: ValueKind): boolean {
  return kind === 'string' || kind === 'text' || kind === 'title' || kind === 'user' || kind === 'password' || kind === 'raw' || kind === 'unknown' || kind === 'expiry';
}

/** Default value-count limits of multi-value parameters when paraminfo omits them (ApiBase::LIMIT_SML1/SML2). */
export const DEFAULT_MULTI_LIMITS = { lowlimit: 50, highlimit: 500 } as const;

/** How many values a multi-value parameter accepts for normal users and for `apihighlimits` users. */
export function multiValueLimits(parameter: ApiParameter): { lowlimit: number; highlimit: number } | undefined {
  if (!parameter.multi) return undefined;
  return {
    lowlimit: parameter.lowlimit ?? parameter.limit ?? DEFAULT_MULTI_LIMITS.lowlimit,
    highlimit: parameter.highlimit ?? parameter.limit ?? DEFAULT_MULTI_LIMITS.highlimit,
  };
}

/** Bounds of an integer or `limit` parameter (`max` for normal users, `highmax` for `apihighlimits`). */
export function numericBounds(parameter: ApiParameter): { min?: number; max?: number; highmax?: number } {
  const bounds: { min?: number; max?: number; highmax?: number } = {};
  if (parameter.min !== undefined) bounds.min = parameter.min;
  if (parameter.max !== undefined) bounds.max = parameter.max;
  if (parameter.highmax !== undefined) bounds.highmax = parameter.highmax;
  return bounds;
}

/** The parameter that carries a token, and the token type (`csrf`, `login`, `patrol`, …), if the module takes one. */
export function tokenParameter(module: ApiModule): { parameter: ApiParameter; tokentype: string } | undefined {
  for (const parameter of module.parameters) {
    if (parameter.tokentype !== undefined) return { parameter, tokentype: parameter.tokentype };
  }
  return undefined;
}

/** Splits a module path into its segments: `query+allpages` -> [`query`, `allpages`]. */
export function pathSegments(path: string): string[] {
  return path === 'main' ? [] : path.split('+');
}

/** The path of the module a module hangs under: `query+allpages` -> `query`, `parse` -> `main`, `main` -> undefined. */
export function parentPath(path: string): string | undefined {
  if (path === 'main') return undefined;
  const cut = path.lastIndexOf('+');
  return cut === -1 ? 'main' : path.slice(0, cut);
}

/** Fast lookup of modules by path. */
export function indexModules(snapshot: Pick<Snapshot, 'modules'>): ReadonlyMap<string, ApiModule> {
  return new Map(snapshot.modules.map((module) => [module.path, module]));
}

/** One edge of the module tree: `parent`'s parameter `parameter` takes `value`, which selects module `path`. */
export interface SubmoduleEdge {
  parent: string;
  parameter: string;
  value: string;
  path: string;
}

/** Every submodule edge of a module (`main` -> action and format modules; `query` -> prop/list/meta/generator). */
export function submoduleEdges(module: ApiModule): SubmoduleEdge[] {
  const edges: SubmoduleEdge[] = [];
  for (const parameter of [...module.parameters, ...module.templatedparameters]) {
    if (parameter.submodules === undefined) continue;
    for (const value of Object.keys(parameter.submodules).sort(compareCodeUnits)) {
      edges.push({ parent: module.path, parameter: parameter.name, value, path: parameter.submodules[value] as string });
    }
  }
  return edges;
}

/** The prefix the submodules of a parameter use on the wire (`g` for `generator`), if any. */
export function submodulePrefix(parameter: ApiParameter): string {
  return parameter.submoduleparamprefix ?? '';
}

/** `action` modules: the children of `main` selected by its `action` parameter, sorted by value. */
export function actionModules(snapshot: Pick<Snapshot, 'modules'>): ApiModule[] {
  return childModules(snapshot, 'main', 'action');
}

/** The modules a parent's parameter selects, e.g. childModules(s, 'query', 'list'). */
export function childModules(snapshot: Pick<Snapshot, 'modules'>, parent: string, parameterName: string): ApiModule[] {
  const modules = indexModules(snapshot);
  const module = modules.get(parent);
  if (!module) return [];
  return submoduleEdges(module)
    .filter((edge) => edge.parameter === parameterName)
    .map((edge) => modules.get(edge.path))
    .filter((child): child is ApiModule => child !== undefined);
}

/** Expands a templated name (`fromtext-{slot}`) with one value per template variable. */
export function expandTemplatedName(parameter: Pick<ApiTemplatedParameter, 'name'>, values: Readonly<Record<string, string>>): string {
  return parameter.name.replace(/\{([^{}]+)\}/g, (whole, variable: string) => values[variable] ?? whole);
}

/** Total counts, as the issue tracker and tests talk about them. */
export function countSnapshot(snapshot: Pick<Snapshot, 'modules'>): { modules: number; parameters: number; templatedParameters: number } {
  let parameters = 0;
  let templatedParameters = 0;
  for (const module of snapshot.modules) {
    parameters += module.parameters.length;
    templatedParameters += module.templatedparameters.length;
  }
  return { modules: snapshot.modules.length, parameters, templatedParameters };
}

/** Parses "1.39.17" or "1.43.0-wmf.5" into comparable numbers; undefined when the snapshot does not say. */
export function mediawikiVersionTuple(snapshot: Pick<Snapshot, 'wiki'>): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(snapshot.wiki.mediawikiVersion ?? '');
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** The wiki's page URL pattern (server + articlepath, `$1` for the title), if the snapshot knows it. */
export function articleUrl(snapshot: Pick<Snapshot, 'wiki'>, title: string): string | undefined {
  const { server, articlepath } = snapshot.wiki;
  if (server === undefined || articlepath === undefined) return undefined;
  const base = server.startsWith('//') ? `https:${server}` : server;
  const encoded = encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');
  return `${base}${articlepath.replace('$1', encoded)}`;
}

/** Link to a module's help page on the wiki (Special:ApiHelp/<path>). */
export function apiHelpUrl(snapshot: Pick<Snapshot, 'wiki'>, modulePath: string): string | undefined {
  return articleUrl(snapshot, `Special:ApiHelp/${modulePath}`);
}
