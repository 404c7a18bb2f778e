import { pointerTo, tokenParameter, wireName } from '@wikispec/snapshot';
import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module now requires a token. */
export const tokenRequiredAdded = defineRule({
  id: 'token-required-added',
  severity: 'breaking',
  area: 'module',
  kind: 'token',
  description: 'A module that took no token now requires one.',
  why: 'Requests without the token now fail with a "missingparam" or "badtoken" error; callers must fetch a token first.',
  example: 'Module action=purge now requires a csrf token in parameter token.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (tokenParameter(module.base) !== undefined) continue;
      const token = tokenParameter(module.head);
      if (token === undefined) continue;
      const parameter = wireName(module.head, token.parameter);
      report({
        module: module.path,
        parameter,
        after: token.tokentype,
        message: `Module ${moduleRef(module.head)} now requires a ${token.tokentype} token in parameter ${parameter}.`,
        location: { snapshot: 'head', pointer: pointerTo(`${module.headPointer}/parameters`, module.head.parameters.indexOf(token.parameter)) },
      });
    }
  },
});
