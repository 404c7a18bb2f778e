import { defineRule } from '../define-rule.js';
import { commonParameters, moduleRef, submoduleFlagReported, valuePointer, valueRulesApply, valueSource } from '../rule-helpers.js';

/** An enum value is now internal. */
export const enumValueBecameInternal = defineRule({
  id: 'enum-value-became-internal',
  severity: 'warning',
  area: 'value',
  kind: 'visibility',
  description: 'An existing enum value is now listed in internalvalues (for a value that selects a module which itself became internal, module-became-internal reports it).',
  why: 'Internal values may change or disappear without notice; callers should stop depending on them.',
  example: 'Value "raw" of parameter errorformat of the main module is now internal: it may change or go away without notice.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.values === undefined || !valueRulesApply(p)) continue;
      for (const value of p.values.becameInternal) {
        if (submoduleFlagReported(diff, p.head, value, 'internal')) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          message: `Value ${JSON.stringify(value)} of parameter ${p.headWireName} of ${moduleRef(p.headModule)} is now internal: it may change or go away without notice.`,
          location: { snapshot: 'head', pointer: valuePointer(p.headPointer, p.values.headIndex.get(value)) },
          ...valueSource(p),
        });
      }
    }
  },
});
