import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A new parameter is required. */
export const requiredParameterAdded = defineRule({
  id: 'required-parameter-added',
  severity: 'breaking',
  area: 'parameter',
  kind: 'requiredness',
  description: 'A new required parameter was added to an existing module.',
  why: 'Existing calls do not send it and now fail with a "missingparam" error.',
  example: 'Module action=block has a new required parameter reason; calls without it fail with "missingparam".',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      for (const added of module.addedParameters) {
        if (!added.parameter.required) continue;
        report({
          module: module.path,
          parameter: added.wireName,
          after: added.wireName,
          message: `Module ${moduleRef(module.head)} has a new required parameter ${added.wireName}; calls without it fail with "missingparam".`,
          location: { snapshot: 'head', pointer: added.pointer },
        });
      }
    }
  },
});
