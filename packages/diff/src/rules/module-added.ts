import { defineRule } from '../define-rule.js';
import { moduleRef } from '../rule-helpers.js';

/** A new module appeared. */
export const moduleAdded = defineRule({
  id: 'module-added',
  severity: 'info',
  area: 'module',
  kind: 'addition',
  description: 'A module was added.',
  why: 'New functionality; nothing existing breaks.',
  example: 'New module list=abusefilters (query+abusefilters).',
  check(diff, report) {
    for (const { path, module, pointer } of diff.addedModules) {
      const notes = [module.internal === true ? 'internal' : '', module.deprecated === true ? 'deprecated' : ''].filter(Boolean);
      const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
      report({ module: path, after: path, message: `New module ${moduleRef(module)}${suffix}.`, location: { snapshot: 'head', pointer } });
    }
  },
});
