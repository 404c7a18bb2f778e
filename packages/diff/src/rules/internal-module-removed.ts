import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** An internal module was removed. */
export const internalModuleRemoved = defineRule({
  id: 'internal-module-removed',
  severity: 'info',
  area: 'module',
  kind: 'removal',
  description: 'A module marked internal was removed.',
  why: 'Internal modules are not meant for outside callers and may change without notice; only tools that used one anyway notice.',
  example: 'Internal module action=stashedit was removed.',
  check(diff, report) {
    for (const { path, module, pointer } of diff.removedModules) {
      if (module.internal !== true) continue;
      report({ module: path, before: path, message: `Internal module ${moduleRef(module)} was removed.`, location: { snapshot: 'base', pointer } });
    }
  },
});
