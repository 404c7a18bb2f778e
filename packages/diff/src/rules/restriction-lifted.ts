import { defineRule } from '../define-rule.js';
import { moduleFieldLocation, moduleRef } from '../rule-helpers.js';

const FLAGS = [
  ['mustbeposted', 'no longer requires POST'],
  ['readrights', 'no longer requires the read right'],
  ['writerights', 'no longer requires write rights'],
] as const;

/** A module dropped a requirement (POST, read right, write rights). */
export const restrictionLifted = defineRule({
  id: 'restriction-lifted',
  severity: 'info',
  area: 'module',
  kind: 'rights',
  description: 'A module no longer requires POST (mustbeposted), the read right (readrights) or write rights (writerights).',
  why: 'Existing calls keep working; more callers may use the module.',
  example: 'Module action=purge no longer requires POST.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      for (const [flag, text] of FLAGS) {
        if (module.base[flag] !== true || module.head[flag] === true) continue;
        report({ module: module.path, before: true, after: false, message: `Module ${moduleRef(module.head)} ${text}.`, location: moduleFieldLocation(module, flag) });
      }
    }
  },
});
