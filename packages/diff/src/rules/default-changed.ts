import { valueKind } from '@wikispec/snapshot';
import { defineRule } from '../define-rule.js';
import { stableJson } from '../compare/noise.js';
import { commonParameters, headParameterFinding, moduleRef, show } from '../rule-helpers.js';

/** A parameter's default value changed (limit parameters have their own rule). */
export const defaultChanged = defineRule({
  id: 'default-changed',
  severity: 'warning',
  area: 'parameter',
  kind: 'default',
  description: 'The default value of a parameter changed (behavioural change for callers that omit it; `limit` parameters are reported by limit-default-changed).',
  why: 'Callers that omit the parameter silently get different behaviour.',
  example: 'Parameter rvprop of prop=revisions (query+revisions) has a new default: "ids|timestamp|flags" -> "ids|timestamp"; callers that omit it get different behaviour.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (valueKind(p.base) === 'limit' && valueKind(p.head) === 'limit') continue;
      if (stableJson(p.base.default) === stableJson(p.head.default)) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} has a new default: ${show(p.base.default)} -> ${show(p.head.default)}; callers that omit it get different behaviour.`, {
          before: p.base.default,
          after: p.head.default,
          // A removed default points where it was, in the base.
          location: p.head.default === undefined ? { snapshot: 'base', pointer: `${p.basePointer}/default` } : { snapshot: 'head', pointer: `${p.headPointer}/default` },
        }),
      );
    }
  },
});
