import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module stopped accepting parameters beyond the listed ones. */
export const dynamicParametersRemoved = defineRule({
  id: 'dynamic-parameters-removed',
  severity: 'breaking',
  area: 'module',
  kind: 'removal',
  description: 'A module no longer accepts dynamic parameters (parameters not listed in paraminfo).',
  why: 'Callers that pass such parameters (for example authentication fields to clientlogin) are now ignored or refused.',
  example: 'Module action=clientlogin no longer accepts dynamic parameters beyond the listed ones.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      const before = module.base.dynamicparameters;
      const after = module.head.dynamicparameters;
      if (before === undefined || before === false || (after !== undefined && after !== false)) continue;
      report({
        module: module.path,
        before,
        message: `Module ${moduleRef(module.head)} no longer accepts dynamic parameters beyond the listed ones.`,
        location: { snapshot: 'base', pointer: `${module.basePointer}/dynamicparameters` },
      });
    }
  },
});
