import { defineRule } from '../define-rule.js';
import { commonParameters, fieldLocation, headParameterFinding, moduleRef } from '../rule-helpers.js';

const LOWER = ['min'] as const;
const UPPER = ['max', 'highmax', 'maxbytes', 'maxchars', 'lowlimit', 'highlimit'] as const;

/** A bound of a parameter was relaxed or removed. */
export const rangeRelaxed = defineRule({
  id: 'range-relaxed',
  severity: 'info',
  area: 'parameter',
  kind: 'range',
  description: 'A bound of a parameter was relaxed or dropped: min lowered or removed; max, highmax, maxbytes, maxchars, lowlimit or highlimit raised or removed.',
  why: 'Existing calls keep working; more values are accepted.',
  example: 'Parameter aplimit of list=allpages (query+allpages) accepts a wider range: max 500 -> 1000.',
  check(diff, report) {
    for (const p of commonParameters(diff)) {
      const relaxed = [
        ...LOWER.filter((key) => p.base[key] !== undefined && (p.head[key] === undefined || (p.head[key] as number) < (p.base[key] as number))),
        ...UPPER.filter((key) => p.base[key] !== undefined && (p.head[key] === undefined || (p.head[key] as number) > (p.base[key] as number))),
      ];
      if (relaxed.length === 0) continue;
      const detail = relaxed.map((key) => `${key} ${p.base[key]} -> ${p.head[key] ?? '(none)'}`).join(', ');
      report(
        headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} accepts a wider range: ${detail}.`, {
          before: Object.fromEntries(relaxed.map((key) => [key, p.base[key]])),
          after: Object.fromEntries(relaxed.map((key) => [key, p.head[key] ?? null])),
          location: fieldLocation(p, relaxed[0] as string),
        }),
      );
    }
  },
});
