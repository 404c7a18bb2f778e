import { compareCodeUnits, valueKind, type ApiParameter, type ValueKind } from '@wikispec/snapshot';

/** How a parameter's accepted values changed between base and head. */
export interface TypeRelation {
  relation: 'same' | 'narrowed' | 'widened' | 'changed';
  /** For `user` parameters on both sides: subtypes no longer / newly accepted. */
  subtypesRemoved: string[];
  subtypesAdded: string[];
}

/** Named types that accept any text on the wire. */
const FREE_TEXT = new Set<ValueKind>(['string', 'text', 'raw', 'password', 'unknown']);
/** Types that do not travel as a plain string value and so neither narrow nor widen to text. */
const OPAQUE = new Set<ValueKind>(['boolean', 'upload']);
/** Pairs (base -> head) where head accepts every value base accepted. */
const WIDENINGS = new Set(['integer>float', 'integer>limit']);
const NARROWINGS = new Set(['float>integer', 'limit>integer']);

/**
 * Compares the value types of a parameter: free string -> enum, integer, title, … narrows; the reverse widens;
 * a changed `user` subtype set narrows (subtypes removed) and/or widens (subtypes added). Enum value lists are
 * compared by the value rules, not here.
 */
export function typeRelation(base: ApiParameter, head: ApiParameter): TypeRelation {
  const before = valueKind(base);
  const after = valueKind(head);
  const result: TypeRelation = { relation: 'same', subtypesRemoved: [], subtypesAdded: [] };
  if (before === after) {
    if (before === 'user' && base.subtypes !== undefined && head.subtypes !== undefined) {
      const b = new Set(base.subtypes);
      const h = new Set(head.subtypes);
      result.subtypesRemoved = [...b].filter((subtype) => !h.has(subtype)).sort(compareCodeUnits);
      result.subtypesAdded = [...h].filter((subtype) => !b.has(subtype)).sort(compareCodeUnits);
      if (result.subtypesRemoved.length > 0) result.relation = 'narrowed';
      else if (result.subtypesAdded.length > 0) result.relation = 'widened';
    }
    return result;
  }
  if (FREE_TEXT.has(before) && FREE_TEXT.has(after)) return result;
  if (OPAQUE.has(before) || OPAQUE.has(after)) return { ...result, relation: 'changed' };
  if (FREE_TEXT.has(after) || WIDENINGS.has(`${before}>${after}`)) return { ...result, relation: 'widened' };
  if (FREE_TEXT.has(before) || NARROWINGS.has(`${before}>${after}`)) return { ...result, relation: 'narrowed' };
  return { ...result, relation: 'changed' };
}

/** A parameter type as a message shows it: `string`, `enum`, `user`. */
export function typeName(parameter: ApiParameter): string {
  return valueKind(parameter) === 'enum' ? 'enum' : String(parameter.type);
}
