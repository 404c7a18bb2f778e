import { defineRule } from '../define-rule.js';
import { commonParameters, fieldLocation, headParameterFinding, moduleFieldLocation, moduleRef, valuePointer } from '../rule-helpers.js';

/** A module, parameter or enum value is no longer deprecated. */
export const deprecationLifted = defineRule({
  id: 'deprecation-lifted',
  severity: 'info',
  area: 'module',
  kind: 'deprecation',
  description: 'A module, parameter or enum value that the base marked deprecated no longer is.',
  why: 'Nothing breaks; callers no longer need to migrate away from it.',
  example: 'Parameter rvdiffto of prop=revisions (query+revisions) is no longer deprecated.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.deprecated === true && module.head.deprecated !== true) {
        report({ module: module.path, before: true, after: false, message: `Module ${moduleRef(module.head)} is no longer deprecated.`, location: moduleFieldLocation(module, 'deprecated') });
      }
    }
    for (const p of commonParameters(diff)) {
      if (p.base.deprecated === true && p.head.deprecated !== true) {
        report(headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} is no longer deprecated.`, { before: true, after: false, location: fieldLocation(p, 'deprecated') }));
      }
      const still = new Set(p.head.deprecatedvalues ?? []);
      for (const value of p.base.deprecatedvalues ?? []) {
        if (still.has(value) || p.values?.headIndex.has(value) !== true) continue;
        report({
          module: p.modulePath,
          parameter: p.headWireName,
          value,
          message: `Value ${JSON.stringify(value)} of parameter ${p.headWireName} of ${moduleRef(p.headModule)} is no longer deprecated.`,
          location: { snapshot: 'head', pointer: valuePointer(p.headPointer, p.values.headIndex.get(value)) },
        });
      }
    }
  },
});
