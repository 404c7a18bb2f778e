import { defineRule } from '../define-rule.js';

/** A query module can now be used as a generator. */
export const generatorFlagAdded = defineRule({
  id: 'generator-flag-added',
  severity: 'info',
  area: 'module',
  kind: 'addition',
  description: 'A query module can now be used as a generator.',
  why: 'New functionality; nothing existing breaks.',
  example: 'Module query+allusers can now be used as a generator (generator=allusers).',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.generator === true || module.head.generator !== true) continue;
      report({ module: module.path, before: false, after: true, message: `Module ${module.path} can now be used as a generator (generator=${module.head.name}).`, location: { snapshot: 'head', pointer: `${module.headPointer}/generator` } });
    }
  },
});
