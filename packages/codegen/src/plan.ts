/**
 * The generator's reading of a snapshot: which modules become which declarations under which names. Computed once,
 * in a fixed order (module paths, then parameter index), so every emitter sees the same names.
 */
import {
  compareCodeUnits,
  indexModules,
  submodulePrefix,
  tokenParameter,
  wireName,
  type ApiModule,
  type ApiParameter,
  type ApiTemplatedParameter,
  type Snapshot,
} from '@wikispec/snapshot';
import { pascalCase, reservedNames, toIdentifier } from './naming.js';

/** Names the generated files declare themselves (module-derived names never take them). */
export const FIXED_NAMES = [
  'MainParams', 'ActionParamMap', 'ActionName', 'PlainActionName', 'ActionSelection', 'ActionResponse', 'QueryResponse',
  'AllOf', 'Multi', 'Prefixed', 'RequestFunction', 'ContinueFunction', 'Client', 'ClientOptions', 'createClient', 'moduleCalls',
  'PlainRequest', 'ActionMethods', 'actions', 'plainActions', 'QueryResult', 'QueryPage', 'RequestFunction', 'runtimeLogin', 'runtimeClientLogin', 'runtimeLogout', 'runtimeUploadFile',
];

/** One parameter as it appears on the wire. */
export interface WireParameter {
  /** The module the parameter belongs to (main's list also holds the json format module's). */
  module: ApiModule;
  parameter: ApiParameter;
  wire: string;
}

/** A parameter whose values select submodules (`list`, `prop`, `meta`, `generator`): composed with generics. */
export interface SlotPlan {
  parameter: ApiParameter;
  wire: string;
  /** Name of the interface mapping each value to its submodule's parameter interface. */
  mapName: string;
  /** Name of the type parameter carrying the selection. */
  typeParameter: string;
  /** `g` for `generator`: the selected module's parameters are admitted with this extra prefix. */
  prefix: string;
  /** value -> parameter interface name of the submodule (undefined when the snapshot lacks the module). */
  entries: Array<{ value: string; typeName: string | undefined }>;
}

/** One module that gets a parameter interface. */
export interface ModulePlan {
  module: ApiModule;
  /** Name of its parameter interface (`EditParams`, `QueryAllpagesParams`). */
  typeName: string;
  /** Its own parameters (slots excluded), first of each wire name kept. */
  parameters: WireParameter[];
  templated: Array<{ parameter: ApiTemplatedParameter; wire: string }>;
  /** Selection parameters, for modules that compose submodules. */
  slots: SlotPlan[];
  /** Name of the composed request type (`QueryRequest`), when the module has slots. */
  requestName: string | undefined;
  /** Name of the interface holding the slot parameters (`QuerySelection`). */
  selectionName: string | undefined;
}

/** Everything the emitters need. */
export interface ClientPlan {
  snapshot: Snapshot;
  main: ApiModule | undefined;
  mainParameters: WireParameter[];
  /** `action` value -> plan, in value order. */
  actions: Array<{ value: string; plan: ModulePlan }>;
  /** Every module with a parameter interface, by path. */
  modules: Map<string, ModulePlan>;
}

const byValue = (a: { value: string }, b: { value: string }) => compareCodeUnits(a.value, b.value);

/** Parameters of a module with wire names, first occurrence of each wire name kept, in paraminfo's order. */
function wireParameters(module: ApiModule, skip: (parameter: ApiParameter) => boolean): WireParameter[] {
  const seen = new Set<string>();
  const out: WireParameter[] = [];
  for (const parameter of module.parameters) {
    const wire = wireName(module, parameter);
    if (skip(parameter) || seen.has(wire)) continue;
    seen.add(wire);
    out.push({ module, parameter, wire });
  }
  return out;
}

/** Builds the plan: names are handed out in module-path order, so the same snapshot always gives the same names. */
export function planClient(snapshot: Snapshot): ClientPlan {
  const taken = reservedNames(FIXED_NAMES);
  const index = indexModules(snapshot);
  const main = index.get('main');
  const modules = new Map<string, ModulePlan>();
  const paths = [...snapshot.modules].map((m) => m.path).sort(compareCodeUnits);
  const typeNames = new Map<string, string>();
  for (const path of paths) if (path !== 'main') typeNames.set(path, toIdentifier(`${pascalCase(path) || 'Module'}Params`, taken));

  const actionValues = main?.parameters.find((p) => p.name === 'action')?.submodules ?? {};
  const wanted = new Set<string>();
  for (const value of Object.keys(actionValues)) wanted.add(actionValues[value] as string);
  // Modules selected through a composing module's slot also need interfaces.
  for (const path of [...wanted]) {
    const module = index.get(path);
    for (const parameter of module?.parameters ?? []) for (const target of Object.values(parameter.submodules ?? {})) wanted.add(target);
  }

  for (const path of paths) {
    const module = index.get(path);
    if (!module || path === 'main' || !wanted.has(path)) continue;
    const isAction = Object.values(actionValues).includes(path);
    // A parameter of an action module on the wire as `action` is the request's one `action` value, which names this
    // module: not a parameter of its own, and no submodule selection (the selection's `action` key is fixed).
    const isActionItself = (p: ApiParameter) => isAction && wireName(module, p) === 'action';
    const slotParams = isAction ? module.parameters.filter((p) => p.submodules !== undefined && !isActionItself(p)) : [];
    const slotNames = new Set(slotParams.map((p) => p.name));
    const typeName = typeNames.get(path) as string;
    const base = typeName.replace(/Params(_\d+)?$/, '');
    const localTaken = new Set<string>();
    const slots: SlotPlan[] = slotParams.map((parameter) => ({
      parameter,
      wire: wireName(module, parameter),
      mapName: toIdentifier(`${base}${pascalCase(parameter.name) || 'Slot'}Map`, taken),
      typeParameter: toIdentifier(`T${pascalCase(parameter.name) || 'Slot'}`, localTaken),
      prefix: submodulePrefix(parameter),
      entries: Object.keys(parameter.submodules ?? {})
        .sort(compareCodeUnits)
        .map((value) => ({ value, typeName: typeNames.get(parameter.submodules?.[value] ?? '') }))
        .sort(byValue),
    }));
    const templated = module.templatedparameters.map((parameter) => ({ parameter, wire: wireName(module, parameter) }));
    modules.set(path, {
      module,
      typeName,
      parameters: wireParameters(module, (p) => slotNames.has(p.name) || isActionItself(p)),
      templated,
      slots,
      requestName: slots.length > 0 ? toIdentifier(`${base}Request`, taken) : undefined,
      selectionName: slots.length > 0 ? toIdentifier(`${base}Selection`, taken) : undefined,
    });
  }

  const actions = Object.keys(actionValues)
    .map((value) => ({ value, plan: modules.get(actionValues[value] as string) }))
    .filter((entry): entry is { value: string; plan: ModulePlan } => entry.plan !== undefined)
    .sort(byValue);
  // main's own parameters, and those of the json format module the runtime always uses (`utf8`, `ascii`), minus
  // what the runtime fixes (`action`, `format`, `formatversion`) or must not receive (`callback`: JSONP).
  const mainParameters = main ? wireParameters(main, (p) => p.name === 'action' || p.name === 'format') : [];
  const json = index.get('json');
  const mainWires = new Set(mainParameters.map((p) => p.wire));
  if (json) {
    for (const p of wireParameters(json, (q) => q.name === 'formatversion' || q.name === 'callback')) if (!mainWires.has(p.wire)) mainParameters.push(p);
  }
  return { snapshot, main, mainParameters, actions, modules };
}

/** The token parameter of a module, if any: wire name and type. */
export function moduleToken(module: ApiModule): { wire: string; type: string } | undefined {
  const token = tokenParameter(module);
  return token && { wire: wireName(module, token.parameter), type: token.tokentype };
}
