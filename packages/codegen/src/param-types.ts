/** Maps a parameter of the snapshot onto the TypeScript type callers write (wire-level, before encoding). */
import { compareCodeUnits, enumValues, valueKind, type ApiParameter, type Snapshot } from '@wikispec/snapshot';
import { stringLiteral } from './naming.js';

/** A union of string literals in code-unit order, or `never` for an empty list. */
export function literalUnion(values: readonly string[]): string {
  const unique = [...new Set(values)].sort(compareCodeUnits);
  return unique.length === 0 ? 'never' : unique.map(stringLiteral).join(' | ');
}

/** Namespace ids the wiki knows plus the parameter's extra ones, as a union of numeric literals. */
function namespaceUnion(snapshot: Snapshot, parameter: ApiParameter): string {
  const ids = new Set<number>();
  for (const namespace of snapshot.wiki.namespaces) if (namespace.id >= 0) ids.add(namespace.id);
  for (const id of parameter.extranamespaces ?? []) ids.add(id);
  if (ids.size === 0) return 'number';
  return [...ids].sort((a, b) => a - b).map((id) => (id < 0 ? `(${id})` : String(id))).join(' | ');
}

/** The type of one value (not yet a list) of a parameter. */
function singleValueType(snapshot: Snapshot, parameter: ApiParameter): string {
  const values = enumValues(parameter);
  if (values !== undefined) return literalUnion(values);
  switch (valueKind(parameter)) {
    case 'integer':
    case 'float':
      return 'number';
    case 'limit':
      return "number | 'max'";
    case 'boolean':
      return 'boolean';
    case 'timestamp':
      return 'string | Date';
    case 'namespace':
      return namespaceUnion(snapshot, parameter);
    case 'upload':
      return 'Blob';
    default:
      return 'string';
  }
}

/**
 * The caller-facing type of a parameter: one value, or for `multi` parameters one value or a readonly array of values
 * (the `allspecifier` included). Booleans stay single even if a snapshot marks them multi: the API reads presence.
 */
export function parameterType(snapshot: Snapshot, parameter: ApiParameter): string {
  const single = singleValueType(snapshot, parameter);
  const kind = valueKind(parameter);
  if (!parameter.multi || kind === 'boolean' || kind === 'upload') return single;
  const parts = single === 'never' ? [] : [single];
  if (parameter.allspecifier !== undefined) parts.push(stringLiteral(parameter.allspecifier));
  if (parts.length === 0) return 'readonly never[]';
  // `Multi<T>` (declared in params.ts) instead of `T | readonly T[]`: long enums are written once.
  return `Multi<${parts.join(' | ')}>`;
}
