import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A multi-value enum no longer accepts its "all values" specifier. */
export const allspecifierRemoved = defineRule({
  id: 'allspecifier-removed',
  severity: 'breaking',
  area: 'value',
  kind: 'removal',
  description: 'A multi-value enum no longer accepts its "all values" specifier (allspecifier, usually "*").',
  why: 'Requests that send "*" to mean every value now fail with an "unrecognized value" error.',
  example: 'Parameter rcnamespace of list=recentchanges (query+recentchanges) no longer accepts "*" for all values.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const before = p.base.allspecifier;
      if (before === undefined || p.head.allspecifier === before) continue;
      const now = p.head.allspecifier === undefined ? '' : ` (it now uses ${JSON.stringify(p.head.allspecifier)})`;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} no longer accepts ${JSON.stringify(before)} for all values${now}.`, {
          before,
          after: p.head.allspecifier,
          location: { snapshot: 'base', pointer: `${p.basePointer}/allspecifier` },
        }),
      );
    }
  },
});
