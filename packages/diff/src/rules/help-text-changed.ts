import { defineRule } from '../define-rule.js';
import { commonParameters, moduleRef } from '../rule-helpers.js';

/** Help text of a module or parameter changed; reported only with --include-docs. */
export const helpTextChanged = defineRule({
  id: 'help-text-changed',
  severity: 'info',
  area: 'docs',
  kind: 'docs',
  docsOnly: true,
  description: 'The help text of a module or parameter changed (only with --include-docs).',
  why: 'Documentation only; no request changes meaning.',
  example: 'Help text of parameter apfrom of list=allpages (query+allpages) changed.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.description !== module.head.description) {
        report({
          module: module.path,
          before: module.base.description,
          after: module.head.description,
          message: `Help text of ${moduleRef(module.head)} changed.`,
          location: { snapshot: 'head', pointer: `${module.headPointer}/description` },
        });
      }
    }
    for (const p of commonParameters(diff)) {
      if (p.base.description === p.head.description) continue;
      report({
        module: p.modulePath,
        parameter: p.headWireName,
        before: p.base.description,
        after: p.head.description,
        message: `Help text of parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed.`,
        location: { snapshot: 'head', pointer: `${p.headPointer}/description` },
      });
    }
  },
});
