import { compareCodeUnits, pointerTo, wireName, type ApiModule, type ApiParameter } from '@wikispec/snapshot';
import type { ParameterDiff, ParameterRef } from '../types.js';
import { changedFields } from './noise.js';
import { diffValues } from './values.js';

/** Parameters of one module on both sides, keyed by unprefixed name (templated parameters in their own list). */
export interface ParametersDiff {
  added: ParameterRef[];
  removed: ParameterRef[];
  modified: ParameterDiff[];
}

type ListKey = 'parameters' | 'templatedparameters';

function refs(module: ApiModule, pointer: string, key: ListKey): Map<string, ParameterRef> {
  const list: readonly ApiParameter[] = module[key];
  return new Map(
    list.map((parameter, index) => [
      parameter.name,
      { module, parameter, templated: key === 'templatedparameters', wireName: wireName(module, parameter), pointer: pointerTo(`${pointer}/${key}`, index) },
    ]),
  );
}

/** Compares the parameters (and templated parameters) of a module present in both snapshots. */
export function diffParameters(base: ApiModule, head: ApiModule, basePointer: string, headPointer: string): ParametersDiff {
  const result: ParametersDiff = { added: [], removed: [], modified: [] };
  for (const key of ['parameters', 'templatedparameters'] as const) {
    const before = refs(base, basePointer, key);
    const after = refs(head, headPointer, key);
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(compareCodeUnits);
    for (const name of names) {
      const b = before.get(name);
      const h = after.get(name);
      if (b === undefined && h !== undefined) result.added.push(h);
      else if (h === undefined && b !== undefined) result.removed.push(b);
      else if (b !== undefined && h !== undefined) {
        const diff: ParameterDiff = {
          modulePath: head.path,
          name,
          templated: key === 'templatedparameters',
          base: b.parameter,
          head: h.parameter,
          baseModule: base,
          headModule: head,
          baseWireName: b.wireName,
          headWireName: h.wireName,
          basePointer: b.pointer,
          headPointer: h.pointer,
          changedFields: changedFields(b.parameter, h.parameter),
        };
        const values = diffValues(b.parameter, h.parameter);
        if (values !== undefined) diff.values = values;
        result.modified.push(diff);
      }
    }
  }
  return result;
}
