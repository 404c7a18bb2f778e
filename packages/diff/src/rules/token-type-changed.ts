import { pointerTo, tokenParameter, wireName } from '@wikispec/snapshot';
import { defineRule } from '../define-rule.js';
import { moduleLabel } from '../rule-helpers.js';

/** A module requires a different kind of token. */
export const tokenTypeChanged = defineRule({
  id: 'token-type-changed',
  severity: 'breaking',
  area: 'module',
  kind: 'token',
  description: 'A module requires a different token type (for example csrf instead of patrol).',
  why: 'Callers that fetch the old token type now get a "badtoken" error.',
  example: 'Module action=patrol (patrol) now takes a csrf token instead of a patrol token in parameter token.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      const before = tokenParameter(module.base);
      const after = tokenParameter(module.head);
      if (before === undefined || after === undefined || before.tokentype === after.tokentype) continue;
      const parameter = wireName(module.head, after.parameter);
      report({
        module: module.path,
        parameter,
        before: before.tokentype,
        after: after.tokentype,
        message: `Module ${moduleLabel(module.head)} (${module.path}) now takes a ${after.tokentype} token instead of a ${before.tokentype} token in parameter ${parameter}.`,
        location: { snapshot: 'head', pointer: `${pointerTo(`${module.headPointer}/parameters`, module.head.parameters.indexOf(after.parameter))}/tokentype` },
      });
    }
  },
});
