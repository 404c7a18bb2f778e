import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A deprecated parameter was removed: the end of its deprecation. */
export const deprecatedParameterRemoved = defineRule({
  id: 'deprecated-parameter-removed',
  severity: 'warning',
  area: 'parameter',
  kind: 'deprecation-ended',
  description: 'A parameter that the base already marked deprecated was removed (the expected end of a deprecation).',
  why: 'Callers were warned; any that still send it lose its effect.',
  example: 'Parameter rvtoken of prop=revisions (query+revisions) was removed; it was already deprecated in MediaWiki 1.39.17, so this is the expected end of its deprecation.',
  check(diff, report, context) {
    for (const module of diff.modifiedModules) {
      for (const removed of module.removedParameters) {
        if (removed.parameter.deprecated !== true) continue;
        report({
          module: module.path,
          parameter: removed.wireName,
          before: removed.wireName,
          message: `Parameter ${removed.wireName} of ${moduleRef(module.head)} was removed; it was already deprecated in ${context.baseLabel}, so this is the expected end of its deprecation.`,
          location: { snapshot: 'base', pointer: removed.pointer },
          deprecationEnded: { since: context.baseLabel },
        });
      }
    }
  },
});
