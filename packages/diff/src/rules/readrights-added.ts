import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module now requires the read right. */
export const readrightsAdded = defineRule({
  id: 'readrights-added',
  severity: 'warning',
  area: 'module',
  kind: 'rights',
  description: 'A module now requires the "read" right (readrights).',
  why: 'On wikis where anonymous users cannot read, logged-out callers now get a "readapidenied" error.',
  example: 'Module action=parse now requires the read right; callers without it get "readapidenied".',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.readrights === true || module.head.readrights !== true) continue;
      report({
        module: module.path,
        before: false,
        after: true,
        message: `Module ${moduleRef(module.head)} now requires the read right; callers without it get "readapidenied".`,
        location: { snapshot: 'head', pointer: `${module.headPointer}/readrights` },
      });
    }
  },
});
