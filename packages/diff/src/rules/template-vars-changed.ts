import { defineRule } from '../define-rule.js';
import { stableJson } from '../compare/noise.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** A templated parameter is expanded from different parameters. */
export const templateVarsChanged = defineRule({
  id: 'template-vars-changed',
  severity: 'breaking',
  area: 'parameter',
  kind: 'template',
  description: 'A templated parameter (such as fromtext-{slot}) takes its variable values from a different parameter.',
  why: 'The expanded wire names callers build (fromtext-main, …) now depend on another parameter, so existing requests no longer match.',
  example: 'Templated parameter fromtext-{slot} of action=compare now expands {slot} from "toslots" instead of "fromslots".',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (!p.templated) continue;
      const before = p.base.templatevars;
      const after = p.head.templatevars;
      if (stableJson(before) === stableJson(after)) continue;
      report(
        headParameterFinding(p, `Templated parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed its template variables: ${stableJson(before)} -> ${stableJson(after)}.`, {
          before,
          after,
          location: { snapshot: 'head', pointer: `${p.headPointer}/templatevars` },
        }),
      );
    }
  },
});
