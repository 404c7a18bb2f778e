import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';

/** The prefix submodules of a parameter use changed (`generator`'s `g`), renaming their parameters on the wire. */
export const submodulePrefixChanged = defineRule({
  id: 'submodule-prefix-changed',
  severity: 'breaking',
  area: 'parameter',
  kind: 'rename',
  description: 'The submodule parameter prefix (submoduleparamprefix, such as "g" for generator) changed, renaming the parameters of every submodule it selects.',
  why: 'Callers keep sending the old names (gaplimit, …), which are now ignored.',
  example: 'Parameter generator of action=query changed its submodule parameter prefix from "g" to "gen"; gaplimit becomes genaplimit.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (p.base.submoduleparamprefix === p.head.submoduleparamprefix) continue;
      report(
        headParameterFinding(
          p,
          `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed its submodule parameter prefix from ${JSON.stringify(p.base.submoduleparamprefix ?? '')} to ${JSON.stringify(p.head.submoduleparamprefix ?? '')}; the parameters of every module it selects are renamed.`,
          { before: p.base.submoduleparamprefix, after: p.head.submoduleparamprefix, location: { snapshot: 'head', pointer: `${p.headPointer}/submoduleparamprefix` } },
        ),
      );
    }
  },
});
