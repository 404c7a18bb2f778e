/**
 * `src/params.ts` of the generated package: one interface per module (wire names, JSDoc from paraminfo), lookup
 * interfaces for composed modules (`query`'s list/prop/meta/generator), and the request types built from them with
 * indexed access and mapped types (no giant unions: tsc resolves one lookup per selected submodule).
 */
import {
  StructureKind,
  type CallSignatureDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type IndexSignatureDeclarationStructure,
  type SourceFileStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import { escapeDocText, moduleDoc, parameterDoc } from '../doc.js';
import { stringLiteral, templateLiteralText, typePropertyKey } from '../naming.js';
import { literalUnion, parameterType } from '../param-types.js';
import { moduleToken, type ClientPlan, type ModulePlan, type SlotPlan, type WireParameter } from '../plan.js';

/**
 * Names every object has through Object.prototype. When an object literal leaves such an optional property out,
 * TypeScript checks the inherited method against the property's type, so the type must also admit that method
 * (it is never sent: the runtime encodes own properties only).
 */
const OBJECT_MEMBERS = new Set(['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf']);

/**
 * The declared type of a parameter property: its value type, plus the inherited member's type for an Object.prototype
 * name. Index signatures that cover the name must admit this type, not just the value type.
 */
function memberType(plan: ClientPlan, { parameter, wire }: WireParameter): string {
  const type = parameterType(plan.snapshot, parameter);
  return OBJECT_MEMBERS.has(wire) ? `${type} | Object[${stringLiteral(wire)}]` : type;
}

function property(plan: ClientPlan, module: ModulePlan['module'], member: WireParameter): OptionalKind<PropertySignatureStructure> {
  const { parameter, wire } = member;
  return {
    name: typePropertyKey(wire),
    type: memberType(plan, member),
    hasQuestionToken: !parameter.required || parameter.tokentype !== undefined,
    docs: [parameterDoc(plan.snapshot, module, parameter, wire)],
  };
}

/** `fromtext-{slot}` -> `` `fromtext-${string}` ``. */
function templateKeyType(wire: string): string {
  const parts = wire.split(/\{[^{}]*\}/);
  return `\`${parts.map(templateLiteralText).join('${string}')}\``;
}

/** A regular expression for the wire names a templated name stands for (each `{var}` matches anything). */
function templatePattern(wire: string): RegExp {
  return new RegExp(`^${wire.split(/\{[^{}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
}

/**
 * Templated parameters as template-literal index signatures. TypeScript requires a property or a narrower index
 * signature that a pattern covers (`text-${string}-model` inside `text-${string}`) to be assignable to it, so each
 * signature's type is the union of its own and of every overlapping name's type.
 */
function templatedSignatures(plan: ClientPlan, modulePlan: ModulePlan): OptionalKind<IndexSignatureDeclarationStructure>[] {
  const out: OptionalKind<IndexSignatureDeclarationStructure>[] = [];
  const seen = new Set<string>();
  const templates = modulePlan.templated.map(({ parameter, wire }) => ({
    parameter,
    wire,
    pattern: templatePattern(wire),
    sample: wire.replace(/\{[^{}]*\}/g, 'x'),
    type: parameterType(plan.snapshot, parameter),
  }));
  for (const template of templates) {
    const keyType = templateKeyType(template.wire);
    if (seen.has(keyType)) continue;
    seen.add(keyType);
    const types = new Set([template.type]);
    for (const other of templates) {
      if (template.pattern.test(other.sample) || other.pattern.test(template.sample)) types.add(other.type);
    }
    for (const other of [...modulePlan.parameters, ...plan.mainParameters]) {
      if (template.pattern.test(other.wire)) types.add(memberType(plan, other));
    }
    const { parameter, wire } = template;
    const vars = Object.entries(parameter.templatevars).map(([name, source]) => `${stringLiteral(`{${name}}`)} takes each value of ${stringLiteral(source)}`);
    out.push({
      keyName: 'name',
      keyType,
      returnType: [...types].map((t) => `(${t})`).join(' | ') + ' | undefined',
      docs: [`${parameterDoc(plan.snapshot, modulePlan.module, parameter, wire)}\n\n${escapeDocText(`Templated parameter: ${vars.join('; ')}.`)}`],
    });
  }
  return out;
}

function moduleInterface(plan: ClientPlan, modulePlan: ModulePlan): InterfaceDeclarationStructure {
  const { module } = modulePlan;
  const token = moduleToken(module);
  return {
    kind: StructureKind.Interface,
    name: modulePlan.typeName,
    isExported: true,
    docs: [moduleDoc(plan.snapshot, module, `Parameters of \`${module.path}\`${module.prefix ? ` (prefix \`${module.prefix}\`)` : ''}.`, token?.type)],
    properties: modulePlan.parameters.map((p) => property(plan, module, p)),
    indexSignatures: templatedSignatures(plan, modulePlan),
  };
}

function slotMap(plan: ClientPlan, slot: SlotPlan): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: slot.mapName,
    isExported: true,
    docs: [escapeDocText(`Parameter interfaces of the modules \`${slot.wire}\` selects, keyed by value.`)],
    properties: slot.entries.map(({ value, typeName }) => ({ name: typePropertyKey(value), type: typeName ?? '{}' })),
  };
}

/** The selection interface (`action` plus slot parameters) and the composed request type of a module with slots. */
function composed(plan: ClientPlan, action: string, modulePlan: ModulePlan): StatementStructures[] {
  const { module, slots } = modulePlan;
  const typeParameters = slots.map((slot) => ({ name: slot.typeParameter, constraint: `keyof ${slot.mapName}` }));
  const selection: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: modulePlan.selectionName as string,
    isExported: true,
    typeParameters,
    docs: [escapeDocText(`Submodule selection of \`${module.path}\`: each selected module admits its own (prefixed) parameters.`)],
    properties: [
      { name: 'action', type: stringLiteral(action), docs: [moduleDoc(plan.snapshot, module, `Action \`${action}\`.`, moduleToken(module)?.type)] },
      ...slots.map((slot) => {
        const t = slot.typeParameter;
        return {
          name: typePropertyKey(slot.wire),
          type: slot.parameter.multi ? `${t} | readonly ${t}[]` : t,
          hasQuestionToken: !slot.parameter.required,
          docs: [parameterDoc(plan.snapshot, module, slot.parameter, slot.wire)],
        };
      }),
    ],
  };
  const parts = [`${selection.name}<${slots.map((s) => s.typeParameter).join(', ')}>`, 'MainParams', modulePlan.typeName];
  for (const slot of slots) {
    parts.push(slot.prefix === '' ? `AllOf<${slot.mapName}[${slot.typeParameter}]>` : `Prefixed<${stringLiteral(slot.prefix)}, ${slot.mapName}[${slot.typeParameter}]>`);
  }
  const request: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name: modulePlan.requestName as string,
    isExported: true,
    typeParameters: slots.map((slot) => ({ name: slot.typeParameter, constraint: `keyof ${slot.mapName}`, default: 'never' })),
    docs: [escapeDocText(`A complete \`action=${action}\` request: main parameters, \`${module.path}\`'s own, and those of the selected submodules.`)],
    type: parts.join(' & '),
  };
  return [selection, ...slots.map((slot) => slotMap(plan, slot)), request];
}

/** Overloads shared by `request` and `continue`: one per composing module, one for every other action. */
export function requestSignatures(plan: ClientPlan, result: (response: string) => string, optionsType: string): OptionalKind<CallSignatureDeclarationStructure>[] {
  const signatures: OptionalKind<CallSignatureDeclarationStructure>[] = [];
  for (const { value, plan: modulePlan } of plan.actions) {
    if (modulePlan.requestName === undefined) continue;
    const typeParameters = modulePlan.slots.map((slot) => ({ name: slot.typeParameter, constraint: `keyof ${slot.mapName}`, default: 'never' }));
    signatures.push({
      docs: [escapeDocText(`Calls \`action=${value}\`; selecting submodules admits their parameters.`)],
      typeParameters,
      parameters: [
        { name: 'params', type: `${modulePlan.requestName}<${modulePlan.slots.map((s) => s.typeParameter).join(', ')}>` },
        { name: 'options', type: optionsType, hasQuestionToken: true },
      ],
      returnType: result(value === 'query' ? 'QueryResponse' : `ActionResponse<${stringLiteral(value)}>`),
    });
  }
  signatures.push({
    docs: ['Calls one action with its parameters (wire names), e.g. `{ action: \'parse\', page: \'Main Page\' }`.'],
    typeParameters: [{ name: 'A', constraint: 'PlainActionName' }],
    parameters: [
      { name: 'params', type: 'PlainRequest<A>' },
      { name: 'options', type: optionsType, hasQuestionToken: true },
    ],
    returnType: result('ActionResponse<A>'),
  });
  return signatures;
}

/** The whole `src/params.ts` structure. */
export function paramsFile(plan: ClientPlan, header: string): OptionalKind<SourceFileStructure> {
  const statements: StatementStructures[] = [];
  statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: '@wikispec/runtime', isTypeOnly: true, namedImports: ['ApiResponseEnvelope', 'QueryPage'] });
  statements.push({
    kind: StructureKind.Interface,
    name: 'MainParams',
    isExported: true,
    docs: [plan.main ? moduleDoc(plan.snapshot, plan.main, 'Parameters every request accepts (`main` module), besides `action` and `format`.') : 'Parameters every request accepts.'],
    properties: plan.mainParameters.map((p) => property(plan, p.module, p)),
  });
  for (const modulePlan of plan.modules.values()) statements.push(moduleInterface(plan, modulePlan));
  for (const { value, plan: modulePlan } of plan.actions) if (modulePlan.slots.length > 0) statements.push(...composed(plan, value, modulePlan));
  statements.push({
    kind: StructureKind.Interface,
    name: 'ActionParamMap',
    isExported: true,
    docs: ['Parameter interface of every `action` module, keyed by action name.'],
    properties: plan.actions.map(({ value, plan: modulePlan }) => ({ name: typePropertyKey(value), type: modulePlan.typeName })),
  });
  const plain = plan.actions.filter((a) => a.plan.slots.length === 0).map((a) => a.value);
  statements.push(
    { kind: StructureKind.TypeAlias, name: 'ActionName', isExported: true, docs: ['Every `action` value of this wiki.'], type: 'keyof ActionParamMap' },
    { kind: StructureKind.TypeAlias, name: 'PlainActionName', isExported: true, docs: ['Actions without submodule selection.'], type: literalUnion(plain) },
    {
      kind: StructureKind.Interface,
      name: 'ActionSelection',
      isExported: true,
      typeParameters: [{ name: 'A', constraint: 'string' }],
      docs: ['The `action` parameter: which module handles the request.'],
      properties: [{ name: 'action', type: 'A', docs: ['Which action to perform.'] }],
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'PlainRequest',
      isExported: true,
      typeParameters: [{ name: 'A', constraint: 'PlainActionName' }],
      docs: ['A complete request for an action without submodule selection.'],
      type: 'ActionSelection<A> & MainParams & ActionParamMap[A]',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'Multi',
      isExported: true,
      typeParameters: ['T'],
      docs: ['A multi-value parameter: one value or a list (sent `|`-joined, or `\\x1f`-separated when a value holds `|`).'],
      type: 'T | readonly T[]',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'AllOf',
      isExported: true,
      typeParameters: ['U'],
      docs: ['Intersection of the members of a union (`unknown` for `never`): the parameters of every selected module.'],
      type: '(U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'Prefixed',
      isExported: true,
      typeParameters: [{ name: 'P', constraint: 'string' }, 'T'],
      docs: ['`T`\'s parameters with an extra prefix (`g` for generators), optionality and docs kept; `unknown` for `never`.'],
      type: '[T] extends [never] ? unknown : { [K in keyof T as K extends string ? `${P}${K}` : never]: T[K] }',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'ActionResponse',
      isExported: true,
      typeParameters: [{ name: 'A', constraint: 'string' }],
      docs: ['The response of an action: the shared envelope plus the module\'s result under its name (`unknown`: check before use).'],
      type: 'ApiResponseEnvelope & { readonly [K in A]?: unknown }',
    },
    {
      kind: StructureKind.Interface,
      name: 'QueryResult',
      isExported: true,
      docs: ['The `query` object of an `action=query` response (formatversion=2): pages as an array, title fix-ups, and each selected module\'s result under its name (`unknown`: check before use).'],
      properties: [
        { name: 'pages', hasQuestionToken: true, type: 'QueryPage[]', docs: ['Pages of `titles`/`pageids`/`revids` or of the generator, with the data of the selected `prop` modules.'] },
        { name: 'normalized', hasQuestionToken: true, type: 'Array<{ fromencoded?: boolean; from: string; to: string }>', docs: ['Titles the wiki normalised.'] },
        { name: 'redirects', hasQuestionToken: true, type: 'Array<{ from: string; to: string; tofragment?: string }>', docs: ['Redirects resolved (with `redirects`).'] },
        { name: 'converted', hasQuestionToken: true, type: 'Array<{ from: string; to: string }>', docs: ['Titles converted to another language variant.'] },
        { name: 'interwiki', hasQuestionToken: true, type: 'Array<{ title: string; iw: string }>', docs: ['Titles with an interwiki prefix.'] },
      ],
      indexSignatures: [{ keyName: 'name', keyType: 'string', returnType: 'unknown', docs: ['Results of `list` and `meta` modules, keyed by the module (or by what it names its result).'] }],
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'QueryResponse',
      isExported: true,
      docs: ['The response of `action=query`: the shared envelope with a typed `query` object.'],
      type: 'ApiResponseEnvelope & { query?: QueryResult }',
    },
  );
  return { statements: [header, ...statements] };
}
