import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module now only accepts POST. */
export const mustbepostedAdded = defineRule({
  id: 'mustbeposted-added',
  severity: 'breaking',
  area: 'module',
  kind: 'http-method',
  description: 'A module now requires HTTP POST (mustbeposted).',
  why: 'GET requests to the module now fail with a "mustbeposted" error.',
  example: 'Module action=purge now requires POST; GET requests fail with "mustbeposted".',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.mustbeposted === true || module.head.mustbeposted !== true) continue;
      report({
        module: module.path,
        before: false,
        after: true,
        message: `Module ${moduleRef(module.head)} now requires POST; GET requests fail with "mustbeposted".`,
        location: { snapshot: 'head', pointer: `${module.headPointer}/mustbeposted` },
      });
    }
  },
});
