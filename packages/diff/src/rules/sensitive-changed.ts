import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A parameter's `sensitive` flag changed. */
export const sensitiveChanged = defineRule({
  id: 'sensitive-changed',
  severity: 'info',
  area: 'parameter',
  kind: 'sensitivity',
  description: 'A parameter is now (or no longer) marked sensitive, meaning its value is kept out of logs.',
  why: 'Clients that redact or log parameters should follow the flag; requests themselves keep working.',
  example: 'Parameter password of action=clientlogin is now marked sensitive (kept out of logs).',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const before = p.base.sensitive === true;
      const after = p.head.sensitive === true;
      if (before === after) continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} is ${after ? 'now' : 'no longer'} marked sensitive (kept out of logs).`, {
          before,
          after,
          location: { snapshot: after ? 'head' : 'base', pointer: `${after ? p.headPointer : p.basePointer}/sensitive` },
        }),
      );
    }
  },
});
