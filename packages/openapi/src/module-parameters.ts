import { compareCodeUnits, enumValues, expandTemplatedName, submoduleEdges, submodulePrefix, valueKind, wireName, type ApiModule, type ApiParameter, type ApiTemplatedParameter } from '@wikispec/snapshot';
import type { TransformContext } from './context.js';
import { encodeKeyPart, moduleKey } from './keys.js';

/** One parameter as it travels on the wire, with the component key it is defined under. */
export interface WireParameter {
  /** Component key (`query.allpages.apfrom`). */
  key: string;
  /** Name on the wire (`apfrom`, `gapfrom`, `fromtext-main`). */
  wire: string;
  module: ApiModule;
  parameter: ApiParameter;
  /** The templated name this parameter was expanded from (`fromtext-{slot}`). */
  templated?: string;
  /** For generator forms: the module used as generator. */
  generatorOf?: string;
}

/** A templated parameter whose variables come from a free-text parameter, so its names cannot be listed. */
export interface OpenTemplatedParameter {
  module: ApiModule;
  parameter: ApiTemplatedParameter;
  /** `fromtext-{slot}` with the module prefix. */
  wire: string;
}

function findParameter(module: ApiModule, name: string): ApiParameter | undefined {
  return module.parameters.find((parameter) => parameter.name === name) ?? module.parameters.find((parameter) => wireName(module, parameter) === name);
}

/** Above this many concrete names a templated parameter is described by its pattern instead. */
const MAX_EXPANSIONS = 50;

/** The concrete names of a templated parameter: one per combination of its variables' enum values. */
function expansions(module: ApiModule, parameter: ApiTemplatedParameter): string[] | undefined {
  let names = [parameter.name];
  for (const variable of Object.keys(parameter.templatevars).sort(compareCodeUnits)) {
    const source = findParameter(module, parameter.templatevars[variable] as string);
    const values = source === undefined ? undefined : enumValues(source);
    if (values === undefined) return undefined;
    names = names.flatMap((name) => values.map((value) => expandTemplatedName({ name }, { [variable]: value })));
    if (names.length === 0 || names.length > MAX_EXPANSIONS) return undefined;
  }
  return [...new Set(names)];
}

/** Every parameter a module defines itself, templated ones expanded, in declared order. */
export function ownParameters(module: ApiModule, generatorPrefix = ''): { parameters: WireParameter[]; open: OpenTemplatedParameter[] } {
  const base = moduleKey(module.path);
  const parameters: WireParameter[] = [];
  const open: OpenTemplatedParameter[] = [];
  const key = (wire: string) => (generatorPrefix === '' ? `${base}.${encodeKeyPart(wire)}` : `${base}._g.${encodeKeyPart(wire)}`);
  for (const parameter of module.parameters) {
    const wire = `${generatorPrefix}${wireName(module, parameter)}`;
    const entry: WireParameter = { key: key(wire), wire, module, parameter };
    if (generatorPrefix !== '') entry.generatorOf = module.path;
    parameters.push(entry);
  }
  for (const parameter of module.templatedparameters) {
    const names = expansions(module, parameter);
    if (names === undefined) {
      open.push({ module, parameter, wire: `${generatorPrefix}${wireName(module, parameter)}` });
      continue;
    }
    for (const name of names) {
      const wire = `${generatorPrefix}${module.prefix}${name}`;
      const entry: WireParameter = { key: key(wire), wire, module, parameter, templated: wireName(module, parameter) };
      if (generatorPrefix !== '') entry.generatorOf = module.path;
      parameters.push(entry);
    }
  }
  return { parameters, open };
}

/** The parameters selecting a module: `action=query`, `list=allpages`, … from `main` down. */
export function selectingParameters(context: TransformContext, module: ApiModule): Array<{ wire: string; value: string; parentPath: string; group: string }> {
  const chain: Array<{ wire: string; value: string; parentPath: string; group: string }> = [];
  for (let current: ApiModule | undefined = module; current !== undefined && current.path !== 'main'; ) {
    const cut = current.path.lastIndexOf('+');
    const parentPath = cut === -1 ? 'main' : current.path.slice(0, cut);
    const parent = context.modules.get(parentPath);
    const group = current.group ?? 'action';
    chain.unshift({ wire: `${parent?.prefix ?? ''}${group}`, value: current.name, parentPath, group });
    current = parent;
  }
  return chain;
}

/** Modules whose parameters every operation shares: `main` (without `action`) and the `json` format module. */
export function sharedParameters(context: TransformContext): WireParameter[] {
  const shared: WireParameter[] = [];
  const main = context.modules.get('main');
  if (main) shared.push(...ownParameters(main).parameters.filter((entry) => entry.wire !== 'action'));
  const json = context.modules.get('json');
  if (json && json.group === 'format') shared.push(...ownParameters(json).parameters);
  return shared;
}

/** Children a module can combine in one request: values of `multi` submodule parameters and generator forms. */
export function combinableChildren(context: TransformContext, module: ApiModule): Array<{ child: ApiModule; generatorPrefix: string; via: string }> {
  const children: Array<{ child: ApiModule; generatorPrefix: string; via: string }> = [];
  for (const parameter of module.parameters) {
    if (parameter.submodules === undefined) continue;
    const prefix = submodulePrefix(parameter);
    if (!parameter.multi && prefix === '') continue;
    for (const edge of submoduleEdges({ ...module, parameters: [parameter], templatedparameters: [] })) {
      const child = context.modules.get(edge.path);
      if (child === undefined) continue;
      children.push({ child, generatorPrefix: prefix, via: wireName(module, parameter) });
    }
  }
  return children;
}

/** Whether a parameter can only travel in a multipart body. */
export function isUpload(parameter: ApiParameter): boolean {
  return valueKind(parameter) === 'upload';
}
