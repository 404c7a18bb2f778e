import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A token parameter takes a different kind of token. */
export const tokenTypeChanged = defineRule({
  id: 'token-type-changed',
  severity: 'breaking',
  area: 'module',
  kind: 'token',
  description: 'A token parameter requires a different token type (for example csrf instead of patrol).',
  why: 'Callers that fetch the old token type now get a "badtoken" error.',
  example: 'Module action=patrol now takes a csrf token instead of a patrol token in parameter token.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const before = p.base.tokentype;
      const after = p.head.tokentype;
      if (before === undefined || after === undefined || before === after) continue;
      report(
        headParameterFinding(p, `Module ${moduleRef(p.headModule)} now takes a ${after} token instead of a ${before} token in parameter ${p.headWireName}.`, {
          before,
          after,
          location: { snapshot: 'head', pointer: `${p.headPointer}/tokentype` },
        }),
      );
    }
  },
});
