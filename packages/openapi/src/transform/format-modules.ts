import { wireName } from '@wikispec/snapshot';
import type { TransformContext } from '../context.js';

/**
 * Output format modules (`json`, `xml`, `php`, …). Operations describe JSON answers, so only `json`'s parameters are
 * shared components; every format module is listed here so nothing of the snapshot is dropped.
 */
export function formatModules(context: TransformContext): Array<Record<string, unknown>> {
  return context.snapshot.modules
    .filter((module) => module.group === 'format' && !module.path.includes('+'))
    .map((module) => ({
      module: module.path,
      description: context.markdown(module.description),
      parameters: module.parameters.map((parameter) => ({
        name: wireName(module, parameter),
        type: parameter.type,
        ...(parameter.default === undefined ? {} : { default: parameter.default }),
      })),
    }));
}
