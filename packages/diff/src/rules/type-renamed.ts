import { valueKind } from '@wikispec/snapshot';
import { defineRule } from '../define-rule.js';
import { commonParameters, headParameterFinding, moduleRef } from '../rule-helpers.js';
import { typeRelation } from '../type-relation.js';

/** A parameter's named type changed to one that accepts the same text (string -> password, text, raw). */
export const typeRenamed = defineRule({
  id: 'type-renamed',
  severity: 'info',
  area: 'parameter',
  kind: 'type',
  description: 'A parameter changed between free-text types that accept the same values (string, text, password, raw).',
  why: 'Requests keep working; clients may treat the value differently (a password is kept out of logs, text keeps newlines).',
  example: 'Parameter apfrom of list=allpages (query+allpages) changed type from string to password; the same values are accepted.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      if (valueKind(p.base) === valueKind(p.head) || typeRelation(p.base, p.head).relation !== 'same') continue;
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed type from ${String(p.base.type)} to ${String(p.head.type)}; the same values are accepted.`, {
          before: p.base.type,
          after: p.head.type,
          location: { snapshot: 'head', pointer: `${p.headPointer}/type` },
        }),
      );
    }
  },
});
