/**
 * The wikispec snapshot model: one wiki's Action API as `action=paraminfo&formatversion=2` describes it, plus the
 * siteinfo needed to name and link it. Field names are MediaWiki's own, so the format documents itself against
 * https://www.mediawiki.org/wiki/API:Parameter_information.
 */

/** The format tag every snapshot file carries; bumped only on incompatible changes. */
export const SNAPSHOT_FORMAT = 'wikispec-snapshot/1';

/** Help text markup as paraminfo's `helpformat` returned it. */
export type HelpFormat = 'html' | 'wikitext' | 'raw' | 'none';

/** A whole wiki's Action API at one point in time. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  wiki: WikiInfo;
  /** Markup of every `description`/help field in this snapshot. */
  helpformat: HelpFormat;
  /** Every module, sorted by path (code-unit order). */
  modules: ApiModule[];
}

/** Wiki metadata taken from `meta=siteinfo`, without volatile fields such as `time`. */
export interface WikiInfo {
  /** Absolute URL of api.php, when known (a raw paraminfo file may not say). */
  apiUrl?: string;
  sitename?: string;
  wikiid?: string;
  /** `generator`, e.g. "MediaWiki 1.39.17". */
  generator?: string;
  /** The version number alone, e.g. "1.39.17". */
  mediawikiVersion?: string;
  lang?: string;
  server?: string;
  articlepath?: string;
  scriptpath?: string;
  mainpage?: string;
  extensions: ExtensionInfo[];
  namespaces: NamespaceInfo[];
}

/** An installed extension or skin, as siteinfo lists it. */
export interface ExtensionInfo {
  type: string;
  name: string;
  version?: string;
}

/** A namespace of the wiki, as siteinfo lists it. */
export interface NamespaceInfo {
  id: number;
  name: string;
  canonical?: string;
  content?: boolean;
}

/** One example request from paraminfo. */
export interface ApiExample {
  query: string;
  description: string;
}

/** One API module (`main`, `parse`, `query+allpages`, `json`, …). */
export interface ApiModule {
  /** Unique path: `parse`, `query+allpages`, `main`. */
  path: string;
  name: string;
  /** The parent parameter the module is a value of: `action`, `format`, `prop`, `list`, `meta`, … */
  group?: string;
  /** Prefix of every parameter name on the wire (`ap` for allpages). */
  prefix: string;
  classname?: string;
  source?: string;
  sourcename?: string;
  licensetag?: string;
  licenselink?: string;
  description: string;
  readrights?: boolean;
  writerights?: boolean;
  mustbeposted?: boolean;
  generator?: boolean;
  internal?: boolean;
  deprecated?: boolean;
  helpurls: string[];
  examples: ApiExample[];
  parameters: ApiParameter[];
  templatedparameters: ApiTemplatedParameter[];
  /** Help text saying the module accepts parameters not listed (e.g. `clientlogin`), or true when it gives none. */
  dynamicparameters?: string | boolean;
  /** Fields a newer MediaWiki added that this model does not know yet; kept so nothing is lost. */
  [unknownField: string]: unknown;
}

/** Extra facts paraminfo attaches to a parameter (`info` entries such as `modes` or `singlepageonly`). */
export interface ParameterInfo {
  name: string;
  text?: string;
  values?: Array<string | number>;
  [unknownField: string]: unknown;
}

/** A parameter type: a named type (`string`, `integer`, `limit`, …) or the list of allowed values of an enum. */
export type ParameterType = string | string[];

/** One parameter of a module, unprefixed, as paraminfo returns it. */
export interface ApiParameter {
  index: number;
  name: string;
  description: string;
  type: ParameterType;
  required: boolean;
  multi: boolean;
  default?: string | number | boolean;
  deprecated?: boolean;
  sensitive?: boolean;
  allowsduplicates?: boolean;
  /** The value meaning "all values" of a multi-value enum, usually `*`. */
  allspecifier?: string;
  /** For multi-value parameters: how many values a normal user and a high-limits user may pass. */
  lowlimit?: number;
  highlimit?: number;
  /** For multi-value parameters: the effective value count limit. */
  limit?: number;
  min?: number;
  max?: number;
  highmax?: number;
  enforcerange?: boolean;
  maxbytes?: number;
  maxchars?: number;
  /** Enum values whose meaning is another module: value -> module path. */
  submodules?: Record<string, string>;
  submoduleparamprefix?: string;
  internalvalues?: string[];
  deprecatedvalues?: string[];
  tokentype?: string;
  /** For `user` parameters: which kinds of user name are accepted (`name`, `ip`, `cidr`, `interwiki`, `id`, …). */
  subtypes?: string[];
  /** For `namespace` parameters: extra namespaces allowed beyond the wiki's (e.g. -1, -2). */
  extranamespaces?: number[];
  mustExist?: boolean;
  info?: ParameterInfo[];
  [unknownField: string]: unknown;
}

/** A templated parameter such as `fromtext-{slot}`, whose name is expanded from another parameter's values. */
export interface ApiTemplatedParameter extends ApiParameter {
  /** Template variable -> name of the parameter whose values fill it. */
  templatevars: Record<string, string>;
}
