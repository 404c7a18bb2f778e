import { defineRule } from '../define-rule.js';
import { commonParameters, moduleFieldLocation, moduleRef, valuePointer } from '../rule-helpers.js';

/** A module or enum value is no longer internal. */
export const internalLifted = defineRule({
  id: 'internal-lifted',
  severity: 'info',
  area: 'module',
  kind: 'visibility',
  description: 'A module or enum value that the base marked internal no longer is.',
  why: 'Nothing breaks; it is now meant for outside callers.',
  example: 'Module action=stashedit is no longer internal.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.internal === true && module.head.internal !== true) {
        report({ module: module.path, before: true, after: false, message: `Module ${moduleRef(module.head)} is no longer internal.`, location: moduleFieldLocation(module, 'internal') });
      }
    }
    for (const p of commonParameters(diff)) {
      const still = new Set(p.head.internalvalues ?? []);
      for (const value of p.base.internalvalues ?? []) {
        if (still.has(value) || p.values?.headIndex.has(value) !== true) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          message: `Value ${JSON.stringify(value)} of parameter ${p.headWireName} of ${moduleRef(p.headModule)} is no longer internal.`,
          location: { snapshot: 'head', pointer: valuePointer(p.headPointer, p.values.headIndex.get(value)) },
        });
      }
    }
  },
});
