import { defineRule } from '../define-rule.js';
import { stableJson } from '../compare/noise.js';
import { commonParameters, fieldLocation, headParameterFinding, moduleFieldLocation, moduleRef, show } from '../rule-helpers.js';

/** Parameter fields no other rule interprets. */
const PARAMETER_FIELDS = ['allowsduplicates', 'mustExist', 'extranamespaces'] as const;
/** Module fields no other rule interprets. */
const MODULE_FIELDS = ['name', 'group'] as const;

/** Other changes of paraminfo fields that do not change which requests succeed. */
export const detailsChanged = defineRule({
  id: 'details-changed',
  severity: 'info',
  area: 'parameter',
  kind: 'details',
  description: 'Other paraminfo fields changed: allowsduplicates, mustExist, extranamespaces, a value of a submodule map that now selects another module, enforcerange or tokentype dropped, an allspecifier added, a module name or group, or the help of dynamic parameters.',
  why: 'Usually harmless, but generated clients and documentation read these fields.',
  example: 'Parameter titles of action=query changed allowsduplicates: (none) -> true.',
  check(diff, report) {
    for (const module of diff.modifiedModules) {
      for (const field of MODULE_FIELDS) {
        if (stableJson(module.base[field]) === stableJson(module.head[field])) continue;
        report({ module: module.path, before: module.base[field], after: module.head[field], message: `Module ${moduleRef(module.head)} changed ${field}: ${show(module.base[field])} -> ${show(module.head[field])}.`, location: moduleFieldLocation(module, field) });
      }
      const before = module.base.dynamicparameters;
      const after = module.head.dynamicparameters;
      const accepted = (value: unknown) => value !== undefined && value !== false;
      if (stableJson(before) !== stableJson(after) && (accepted(after) || !accepted(before))) {
        report({ module: module.path, before, after, message: `Module ${moduleRef(module.head)} changed what it says about dynamic parameters.`, location: moduleFieldLocation(module, 'dynamicparameters') });
      }
    }
    for (const p of commonParameters(diff)) {
      const fields: string[] = PARAMETER_FIELDS.filter((field) => stableJson(p.base[field]) !== stableJson(p.head[field]));
      if (p.base.enforcerange === true && p.head.enforcerange !== true) fields.push('enforcerange');
      if (p.base.allspecifier === undefined && p.head.allspecifier !== undefined) fields.push('allspecifier');
      // A token dropped, or a second token parameter in a module that already took one (token-required-added covers
      // a module's first token).
      const hadToken = p.baseModule.parameters.some((parameter) => parameter.tokentype !== undefined);
      if (p.base.tokentype !== undefined && p.head.tokentype === undefined) fields.push('tokentype');
      if (p.base.tokentype === undefined && p.head.tokentype !== undefined && hadToken) fields.push('tokentype');
      // Submodule maps grow and shrink with the modules (module rules report that); only a value that now selects a
      // different module is news here.
      const headMap = p.head.submodules ?? {};
      const retargeted = Object.entries(p.base.submodules ?? {}).filter(([value, path]) => Object.hasOwn(headMap, value) && headMap[value] !== path);
      if (retargeted.length > 0) fields.push('submodules');
      for (const field of fields.sort()) {
        report(
          headParameterFinding(p, `Parameter ${p.headWireName} of ${moduleRef(p.headModule)} changed ${field}: ${show(p.base[field])} -> ${show(p.head[field])}.`, {
            before: p.base[field],
            after: p.head[field],
            location: fieldLocation(p, field),
          }),
        );
      }
    }
  },
});
