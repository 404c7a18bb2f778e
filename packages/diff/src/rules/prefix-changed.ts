import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A module's parameter prefix changed, renaming every parameter on the wire. */
export const prefixChanged = defineRule({
  id: 'prefix-changed',
  severity: 'breaking',
  area: 'module',
  kind: 'rename',
  description: "A module's parameter prefix changed, which renames every one of its parameters on the wire.",
  why: 'Callers keep sending the old names, which the module now ignores as unrecognized parameters.',
  example: 'Module list=allpages (query+allpages) changed its parameter prefix from "ap" to "apg": aplimit is now apglimit, and so on.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.prefix === module.head.prefix) continue;
      const sample = module.head.parameters[0];
      const example = sample === undefined ? '' : `: ${module.base.prefix}${sample.name} is now ${module.head.prefix}${sample.name}, and so on`;
      report({
        module: module.path,
        before: module.base.prefix,
        after: module.head.prefix,
        message: `Module ${moduleRef(module.head)} changed its parameter prefix from ${JSON.stringify(module.base.prefix)} to ${JSON.stringify(module.head.prefix)}${example}.`,
        location: { snapshot: 'head', pointer: `${module.headPointer}/prefix` },
      });
    }
  },
});
