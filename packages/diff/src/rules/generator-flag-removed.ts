import { defineRule } from '../define-rule.js';

/** A query module can no longer be used as a generator. */
export const generatorFlagRemoved = defineRule({
  id: 'generator-flag-removed',
  severity: 'breaking',
  area: 'module',
  kind: 'generator',
  description: 'A query module can no longer be used as a generator.',
  why: 'Requests with generator=<module> now fail with an "unrecognized value" error for generator.',
  example: 'Module query+allpages can no longer be used as a generator; requests with generator=allpages fail.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      if (module.base.generator !== true || module.head.generator === true) continue;
      report({
        module: module.path,
        before: true,
        after: false,
        message: `Module ${module.path} can no longer be used as a generator; requests with generator=${module.head.name} fail.`,
        location: { snapshot: 'base', pointer: `${module.basePointer}/generator` },
      });
    }
  },
});
