import { defineRule } from '../define-rule.js';
import { moduleRef, parameterNoun } from '../rule-helpers.js';

/** An optional parameter was added. */
export const parameterAdded = defineRule({
  id: 'parameter-added',
  severity: 'info',
  area: 'parameter',
  kind: 'addition',
  description: 'An optional parameter (or templated parameter) was added to an existing module.',
  why: 'New functionality; existing calls keep working.',
  example: 'New parameter crossorigin of the main module.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      for (const added of module.addedParameters) {
        if (added.parameter.required) continue;
        report({
          module: module.path,
          parameter: added.wireName,
          after: added.wireName,
          message: `New ${parameterNoun(added.templated)} ${added.wireName} of ${moduleRef(module.head)}.`,
          location: { snapshot: 'head', pointer: added.pointer },
        });
      }
    }
  },
});
