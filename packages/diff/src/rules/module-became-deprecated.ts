import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module is now deprecated. */
export const moduleBecameDeprecated = defineRule({
  id: 'module-became-deprecated',
  severity: 'warning',
  area: 'module',
  kind: 'deprecation',
  description: 'A module is now marked deprecated.',
  why: 'Requests still work but return a deprecation warning, and the module will be removed in a later version.',
  example: 'Module action=tokens is now deprecated; plan to stop using it.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.deprecated === true || module.head.deprecated !== true) continue;
      report({
        module: module.path,
        before: false,
        after: true,
        message: `Module ${moduleRef(module.head)} is now deprecated; plan to stop using it.`,
        location: { snapshot: 'head', pointer: `${module.headPointer}/deprecated` },
      });
    }
  },
});
