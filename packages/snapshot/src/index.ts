export {
  SNAPSHOT_FORMAT,
  type ApiExample,
  type ApiModule,
  type ApiParameter,
  type ApiTemplatedParameter,
  type ExtensionInfo,
  type HelpFormat,
  type NamespaceInfo,
  type ParameterInfo,
  type ParameterType,
  type Snapshot,
  type WikiInfo,
} from './types.js';
export { SnapshotError, UsageError, WikispecError } from './errors.js';
export { parseSnapshot, type ParseSnapshotOptions } from './parse.js';
export { parseJsonText } from './parse-json.js';
export { canonicalizeSnapshot, compareCodeUnits, serializeSnapshot, sortKeysDeep } from './canonical.js';
export { pointerTo } from './json-pointer.js';
export {
  DEFAULT_MULTI_LIMITS,
  actionModules,
  apiHelpUrl,
  articleUrl,
  childModules,
  countSnapshot,
  enumValues,
  expandTemplatedName,
  indexModules,
  isStringLike,
  mediawikiVersionTuple,
  multiValueLimits,
  numericBounds,
  parentPath,
  pathSegments,
  submoduleEdges,
  submodulePrefix,
  tokenParameter,
  valueKind,
  wireName,
  type SubmoduleEdge,
  type ValueKind,
} from './helpers.js';
