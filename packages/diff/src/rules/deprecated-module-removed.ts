import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module that was already deprecated was removed: the end of its deprecation. */
export const deprecatedModuleRemoved = defineRule({
  id: 'deprecated-module-removed',
  severity: 'warning',
  area: 'module',
  kind: 'deprecation-ended',
  description: 'A module that the base already marked deprecated was removed (the expected end of a deprecation).',
  why: 'Callers were warned, but any that still use the module now fail.',
  example: 'Module action=tokens was removed; it was already deprecated in MediaWiki 1.39.17, so this is the expected end of its deprecation.',
  check(diff, report, context) {
    for (const { path, module, pointer } of diff.removedModules) {
      if (module.deprecated !== true || module.internal === true) continue;
      report({
        module: path,
        before: path,
        message: `Module ${moduleRef(module)} was removed; it was already deprecated in ${context.baseLabel}, so this is the expected end of its deprecation.`,
        location: { snapshot: 'base', pointer },
        deprecationEnded: { since: context.baseLabel },
      });
    }
  },
});
