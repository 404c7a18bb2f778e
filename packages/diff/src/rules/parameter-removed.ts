import { defineRule } from '../define-rule.js';
import { moduleRef, parameterNoun } from '../rule-helpers.js';

/** A parameter that was not deprecated was removed. */
export const parameterRemoved = defineRule({
  id: 'parameter-removed',
  severity: 'breaking',
  area: 'parameter',
  kind: 'removal',
  description: 'A parameter (or templated parameter) that was not deprecated was removed from a module that still exists.',
  why: 'MediaWiki ignores unknown parameters with an "unrecognized parameter" warning, so callers silently lose what the parameter did.',
  example: 'Parameter apfilterlanglinks of list=allpages (query+allpages) was removed; the module now ignores it.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      for (const removed of module.removedParameters) {
        if (removed.parameter.deprecated === true) continue;
        report({
          module: module.path,
          parameter: removed.wireName,
          before: removed.wireName,
          message: `${capitalize(parameterNoun(removed.templated))} ${removed.wireName} of ${moduleRef(module.head)} was removed; the module now ignores it.`,
          location: { snapshot: 'base', pointer: removed.pointer },
        });
      }
    }
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
