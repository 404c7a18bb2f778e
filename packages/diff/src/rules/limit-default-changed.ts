import { valueKind } from '@wikispec/snapshot';
import { defineRule } from '../define-rule.js';
import { stableJson } from '../compare/noise.js';
import { commonParameters, headParameterFinding, moduleRef, show } from '../rule-helpers.js';

/** The default of a `limit` parameter changed: callers that omit it get a different number of results. */
export const limitDefaultChanged = defineRule({
  id: 'limit-default-changed',
  severity: 'warning',
  area: 'parameter',
  kind: 'default',
  description: 'The default of a `limit` parameter (how many results a request returns when it does not say) changed.',
  why: 'Callers that omit the limit get a different number of results per request and may page differently.',
  example: 'Parameter aplimit of list=allpages (query+allpages) has a new default: 10 -> 20; callers that omit it get a different number of results.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (valueKind(p.base) !== 'limit' || valueKind(p.head) !== 'limit') continue;
      if (stableJson(p.base.default) === stableJson(p.head.default)) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} has a new default: ${show(p.base.default)} -> ${show(p.head.default)}; callers that omit it get a different number of results.`, {
          before: p.base.default,
          after: p.head.default,
          // A removed default points where it was, in the base.
          location: p.head.default === undefined ? { snapshot: 'base', pointer: `${p.basePointer}/default` } : { snapshot: 'head', pointer: `${p.headPointer}/default` },
        }),
      );
    }
  },
});
