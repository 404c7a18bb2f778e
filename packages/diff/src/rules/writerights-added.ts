import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module now requires write rights. */
export const writerightsAdded = defineRule({
  id: 'writerights-added',
  severity: 'warning',
  area: 'module',
  kind: 'rights',
  description: 'A module now requires write rights (writerights).',
  why: 'Callers without the writeapi right (or on read-only wikis) now get an error.',
  example: 'Module action=purge now requires write rights; callers without "writeapi" get an error.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.writerights === true || module.head.writerights !== true) continue;
      report({
        module: module.path,
        before: false,
        after: true,
        message: `Module ${moduleRef(module.head)} now requires write rights; callers without "writeapi" get an error.`,
        location: { snapshot: 'head', pointer: `${module.headPointer}/writerights` },
      });
    }
  },
});
