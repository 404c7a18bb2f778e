import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A public module is now marked internal. */
export const moduleBecameInternal = defineRule({
  id: 'module-became-internal',
  severity: 'warning',
  area: 'module',
  kind: 'visibility',
  description: 'A module is now marked internal.',
  why: 'Internal modules may change or disappear without notice; callers should stop depending on it.',
  example: 'Module action=stashedit is now internal: it may change or go away without notice.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.internal === true || module.head.internal !== true) continue;
      report({
        module: module.path,
        before: false,
        after: true,
        message: `Module ${moduleRef(module.head)} is now internal: it may change or go away without notice.`,
        location: { snapshot: 'head', pointer: `${module.headPointer}/internal` },
      });
    }
  },
});
