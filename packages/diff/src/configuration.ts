/**
 * Enum parameters whose values come from a wiki's configuration (installed extensions, site settings) rather than
 * from MediaWiki's code. The same MediaWiki version lists different values on two wikis: change tags are defined by
 * admins, content models, skins, log types and special pages come from extensions, user groups and rights from
 * `$wgGroupPermissions`. See docs/diff.md, "Configuration noise".
 */

/** What a configuration-dependent enum's values come from. */
export type ConfigurationSource =
  | 'change tags'
  | 'content models'
  | 'content formats'
  | 'skins'
  | 'languages'
  | 'slots'
  | 'user groups'
  | 'user rights'
  | 'log types'
  | 'special pages'
  | 'token types'
  | 'namespaces';

/** Parameters matched by unprefixed name in any module. */
const BY_NAME: ReadonlyMap<string, ConfigurationSource> = new Map([
  ['tags', 'change tags'],
  ['tagfilter', 'change tags'],
  ['tag', 'change tags'],
  ['contentmodel', 'content models'],
  ['fromcontentmodel', 'content models'],
  ['tocontentmodel', 'content models'],
  ['contentformat', 'content formats'],
  ['fromcontentformat', 'content formats'],
  ['tocontentformat', 'content formats'],
  ['useskin', 'skins'],
  ['uselang', 'languages'],
  ['errorlang', 'languages'],
  ['variant', 'languages'],
  ['slots', 'slots'],
  ['fromslots', 'slots'],
  ['toslots', 'slots'],
  ['slot', 'slots'],
  ['group', 'user groups'],
  ['excludegroup', 'user groups'],
  ['rights', 'user rights'],
  ['excluderights', 'user rights'],
] as const);

/** Parameters whose name is too common to match alone: `module path` + unprefixed name. */
const BY_MODULE: ReadonlyMap<string, ConfigurationSource> = new Map([
  ['changecontentmodel model', 'content models'],
  ['setpagelanguage lang', 'languages'],
  ['tag add', 'change tags'],
  ['tag remove', 'change tags'],
  ['userrights add', 'user groups'],
  ['userrights remove', 'user groups'],
  ['query+logevents type', 'log types'],
  ['query+logevents action', 'log types'],
  ['query+querypage page', 'special pages'],
  ['checktoken type', 'token types'],
  ['query+tokens type', 'token types'],
] as const);

/** The configuration an enum parameter's values depend on, or undefined when its values are fixed by code. */
export function configurationSource(modulePath: string, parameterName: string): ConfigurationSource | undefined {
  return BY_MODULE.get(`${modulePath} ${parameterName}`) ?? BY_NAME.get(parameterName);
}

/**
 * Enum parameters that mirror the module tree (`paraminfo`'s module lists): their values change exactly when modules
 * are added or removed, which the module rules already report, so value rules skip them.
 */
const MIRRORS: ReadonlySet<string> = new Set(['paraminfo modules', 'paraminfo querymodules', 'paraminfo formatmodules', 'help modules']);

/** Whether an enum's values only mirror the module tree (reported by the module rules instead). */
export function mirrorsModuleTree(modulePath: string, parameterName: string): boolean {
  return MIRRORS.has(`${modulePath} ${parameterName}`);
}

/** Every classification, for the docs. */
export function configurationTable(): Array<{ match: string; source: ConfigurationSource }> {
  return [
    ...[...BY_NAME].map(([name, source]) => ({ match: `any module, parameter \`${name}\``, source })),
    ...[...BY_MODULE].map(([key, source]) => {
      const [module, name] = key.split(' ');
      return { match: `\`${module}\`, parameter \`${name}\``, source };
    }),
  ];
}
