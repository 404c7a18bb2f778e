import { compareCodeUnits, enumValues, type ApiParameter } from '@wikispec/snapshot';
import type { ValuesDiff } from '../types.js';

function indexOf(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, index) => [value, index]));
}

/** Compares the value lists of a parameter that is an enum on at least one side; undefined when neither is. */
export function diffValues(base: ApiParameter, head: ApiParameter): ValuesDiff | undefined {
  const baseValues = enumValues(base);
  const headValues = enumValues(head);
  if (baseValues === undefined && headValues === undefined) return undefined;
  const baseIndex = indexOf(baseValues ?? []);
  const headIndex = indexOf(headValues ?? []);
  // A type change (string <-> enum) is the type rules' business, not a list of added or removed values.
  const bothEnums = baseValues !== undefined && headValues !== undefined;
  const added = bothEnums ? [...headIndex.keys()].filter((value) => !baseIndex.has(value)).sort(compareCodeUnits) : [];
  const removed = bothEnums ? [...baseIndex.keys()].filter((value) => !headIndex.has(value)).sort(compareCodeUnits) : [];
  const kept = [...headIndex.keys()].filter((value) => baseIndex.has(value)).sort(compareCodeUnits);
  const baseInternal = new Set(base.internalvalues ?? []);
  const headInternal = new Set(head.internalvalues ?? []);
  const baseDeprecated = new Set(base.deprecatedvalues ?? []);
  const headDeprecated = new Set(head.deprecatedvalues ?? []);
  return {
    added,
    removed,
    becameInternal: kept.filter((value) => headInternal.has(value) && !baseInternal.has(value)),
    becameDeprecated: kept.filter((value) => headDeprecated.has(value) && !baseDeprecated.has(value)),
    baseIndex,
    headIndex,
  };
}
