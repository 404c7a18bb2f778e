import { defineRule } from '../define-rule.js';
import { moduleLabel, moduleRef } from '../rule-helpers.js';

/** A supported module disappeared. */
export const moduleRemoved = defineRule({
  id: 'module-removed',
  severity: 'breaking',
  area: 'module',
  kind: 'removal',
  description: 'A module (action, format, prop, list, meta or generator) that was neither deprecated nor internal was removed.',
  why: 'Every request that selects the module now fails with an "unrecognized value" error for its group parameter.',
  example: 'Module list=allpages (query+allpages) was removed; requests using list=allpages or generator=allpages now fail.',
  check(diff, report) {
    for (const { path, module, pointer } of diff.removedModules) {
      if (module.deprecated === true || module.internal === true) continue;
      const alsoGenerator = module.generator === true ? ` or generator=${module.name}` : '';
      report({
        module: path,
        before: path,
        message: `Module ${moduleRef(module)} was removed; requests using ${moduleLabel(module)}${alsoGenerator} now fail.`,
        location: { snapshot: 'base', pointer },
      });
    }
  },
});
