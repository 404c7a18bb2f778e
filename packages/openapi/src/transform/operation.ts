import type { oas31 } from 'openapi3-ts';
import { apiHelpUrl, tokenParameter, type ApiModule } from '@wikispec/snapshot';
import { isUnsafeKey, markdownLiteral, markdownText, type TransformContext } from '../context.js';
import { moduleKey, virtualPath } from '../keys.js';
import { combinableChildren, isUpload, ownParameters, selectingParameters, sharedParameters, type OpenTemplatedParameter, type WireParameter } from '../module-parameters.js';
import type { ComponentRegistry } from './components.js';
import { exampleValue, formEncoding, parametersSchema } from './request-body.js';
import { constSchema, parameterSchema } from './schema.js';

/** A module's parameters grouped by where their definitions live. */
interface ParameterGroup {
  /** Schema component key (`params.query.allpages`). */
  schemaKey: string;
  /** Whether body properties repeat the help (only where no GET query parameter carries it). */
  describe: boolean;
  /** Parameters of a combined submodule: never required by the combined operation. */
  combined?: boolean;
  title: string;
  parameters: WireParameter[];
  open: OpenTemplatedParameter[];
}

/** Everything one module's operations need. */
export interface ModuleOperations {
  get?: oas31.OperationObject;
  post: oas31.OperationObject;
  /** `x-mediawiki-module` for the path item: what OpenAPI cannot say about the module. */
  extension: Record<string, unknown>;
}

/** Plain one-line summary from Markdown help: first sentence, links and emphasis removed. */
export function plainSummary(markdown: string, fallback: string): string {
  const first = (markdown.split(/\n\s*\n/)[0] ?? '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|\\(?=[\\`*_{}[\]()#+\-.!<&|])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.{1,140}?[.!?])(\s|$)/.exec(first)?.[1] ?? first;
  const text = sentence.length > 140 ? `${sentence.slice(0, 139)}…` : sentence;
  return text === '' ? fallback : text;
}

function groupsOf(context: TransformContext, module: ApiModule): { groups: ParameterGroup[]; shared: ParameterGroup[] } {
  const groups: ParameterGroup[] = [];
  const own = ownParameters(module);
  groups.push({ schemaKey: `params.${moduleKey(module.path)}`, title: `${module.path} parameters`, describe: module.mustbeposted === true, ...own });
  // Parents' own parameters apply to their submodules (query's `continue`, `titles`, … for every list/prop/meta).
  const selecting = selectingParameters(context, module);
  for (const step of selecting.slice(1).reverse()) {
    const parent = context.modules.get(step.parentPath);
    if (parent === undefined || parent.path === 'main') continue;
    const parentOwn = ownParameters(parent);
    groups.push({ schemaKey: `params.${moduleKey(parent.path)}`, title: `${parent.path} parameters`, describe: parent.mustbeposted === true, ...parentOwn });
  }
  for (const { child, generatorPrefix } of combinableChildren(context, module)) {
    if (generatorPrefix === '') {
      groups.push({ schemaKey: `params.${moduleKey(child.path)}`, title: `${child.path} parameters`, describe: child.mustbeposted === true, combined: true, ...ownParameters(child) });
    } else {
      groups.push({ schemaKey: `generator-params.${moduleKey(child.path)}`, title: `${child.path} parameters as generator`, describe: false, combined: true, ...ownParameters(child, generatorPrefix) });
    }
  }
  const shared: ParameterGroup[] = [];
  const main = sharedParameters(context);
  if (main.length > 0) shared.push({ schemaKey: 'params.main', title: 'Parameters of every module (main and format=json)', describe: false, parameters: main, open: [] });
  return { groups, shared };
}

function moduleExtension(context: TransformContext, module: ApiModule): Record<string, unknown> {
  const extension: Record<string, unknown> = { path: module.path, name: module.name, prefix: module.prefix };
  if (module.group !== undefined) extension.group = module.group;
  if (context.snapshot.wiki.apiUrl !== undefined) extension.endpoint = context.snapshot.wiki.apiUrl;
  for (const flag of ['mustbeposted', 'readrights', 'writerights', 'internal', 'deprecated', 'generator'] as const) if (module[flag]) extension[flag] = true;
  const token = tokenParameter(module);
  if (token) extension.token = { parameter: `${module.prefix}${token.parameter.name}`, type: token.tokentype };
  if (module.source !== undefined) extension.source = module.source;
  if (module.dynamicparameters !== undefined) extension.dynamicparameters = module.dynamicparameters === true ? true : context.markdown(String(module.dynamicparameters));
  if (module.helpurls.length > 0) extension.helpurls = [...module.helpurls];
  return extension;
}

function operationDescription(context: TransformContext, module: ApiModule): string {
  const parts: string[] = [];
  if (module.internal) parts.push('**Internal module:** may change or disappear without notice.');
  if (module.deprecated) parts.push('**Deprecated module.**');
  const help = context.markdown(module.description);
  if (help !== '') parts.push(help);
  const helpPage = apiHelpUrl(context.snapshot, module.path);
  const links = [helpPage === undefined ? undefined : `[${markdownText(`Special:ApiHelp/${module.path}`)}](${helpPage.replace(/[()]/g, encodeURIComponent)})`, ...module.helpurls.map(helpUrlLink)].filter(
    (link): link is string => link !== undefined,
  );
  if (links.length > 0) parts.push(`Documentation: ${links.join(', ')}`);
  if (module.examples.length > 0) {
    const api = context.snapshot.wiki.apiUrl;
    const lines = module.examples.map((example) => {
      const label = context.markdown(example.description) || 'Example';
      // `javascript:` inside the query (`?src=javascript:…`) would read as a script link to Markdown sanitizers.
      const query = example.query.replace(/[()<>\s`]/g, encodeURIComponent).replace(/(javascript|vbscript):/gi, '$1%3A');
      return api === undefined ? `- ${label}: ${markdownLiteral(`api.php?${example.query}`)}` : `- [${label.replace(/\n+/g, ' ')}](${api}?${query})`;
    });
    parts.push(`Examples:\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/**
 * A module help URL for a description: an autolink for a plain http(s) URL, a link with escaped text for one holding
 * something a Markdown sanitizer would take for an event handler inside a tag (`<https://…?onload=…>`), and escaped
 * text for any other scheme (never a clickable `javascript:` link).
 */
function helpUrlLink(url: string): string {
  if (!/^https?:\/\//i.test(url)) return markdownLiteral(url);
  const target = url.replace(/[<>\s]/g, encodeURIComponent);
  return /\bon[a-z]+\s*=/i.test(target) ? `[${markdownText(url)}](${target.replace(/[()]/g, encodeURIComponent)})` : `<${target}>`;
}

/** A selecting wire name with every value the module path gives it (several when nested modules share the name). */
interface Selector {
  wire: string;
  steps: Array<{ value: string; parentPath: string }>;
}

/**
 * The selecting parameters of a module, one per wire name. Nested modules can select their submodules by the same
 * wire name (a parent and a child with the same prefix and submodule parameter): MediaWiki reads one value per name,
 * which both modules then see, so the operation lists the name once. With different values (`f-submodule=schemas`,
 * then `f-submodule=y`) no request reaches the module; the parameter keeps the outer value and says so.
 */
function selectors(selecting: ReturnType<typeof selectingParameters>): Selector[] {
  const byWire = new Map<string, Selector>();
  for (const step of selecting) {
    const selector = byWire.get(step.wire) ?? { wire: step.wire, steps: [] };
    selector.steps.push({ value: step.value, parentPath: step.parentPath });
    byWire.set(step.wire, selector);
  }
  return [...byWire.values()];
}

function selectorDescription(selector: Selector): string {
  const [first] = selector.steps as [Selector['steps'][number]];
  const values = new Set(selector.steps.map((step) => step.value));
  const each = selector.steps.map((step) => `${markdownLiteral(`${selector.wire}=${step.value}`)} (read by ${markdownLiteral(step.parentPath)})`).join(', then ');
  if (selector.steps.length === 1) return `Selects this module: ${markdownLiteral(`${selector.wire}=${first.value}`)}.`;
  if (values.size === 1) return `Selects this module: ${markdownLiteral(`${selector.wire}=${first.value}`)}. Modules at ${selector.steps.length} levels of the module path read this one value: ${each}.`;
  return `Selects this module: ${each}. MediaWiki reads one value per parameter name and every one of these modules sees it, so no request can reach this module; the schema holds the outermost value.`;
}

/** The GET (unless `mustbeposted`) and POST operations of one module. */
export function moduleOperations(context: TransformContext, module: ApiModule, registry: ComponentRegistry): ModuleOperations {
  const key = moduleKey(module.path);
  const selecting = selectingParameters(context, module);
  const selectingNames = new Set(selecting.map((step) => step.wire));
  const selectorList = selectors(selecting);
  const selectParameters: oas31.ParameterObject[] = selectorList.map((selector) => ({
    name: selector.wire,
    in: 'query',
    required: true,
    description: selectorDescription(selector),
    schema: constSchema(context, 'string', (selector.steps[0] as Selector['steps'][number]).value),
  }));
  const { groups, shared } = groupsOf(context, module);
  const summary = plainSummary(context.markdown(module.description), module.path);
  const description = operationDescription(context, module);
  const extension = moduleExtension(context, module);
  const conflicts = selectorList.filter((selector) => new Set(selector.steps.map((step) => step.value)).size > 1);
  if (conflicts.length > 0) extension.unreachable = conflicts.map((selector) => ({ parameter: selector.wire, values: selector.steps.map((step) => step.value) }));
  const tag = selecting.length <= 1 ? 'action' : `${selecting.at(-2)?.value ?? ''} ${selecting.at(-1)?.group ?? ''}`;
  const responses: oas31.ResponsesObject = {
    '200': { $ref: '#/components/responses/ApiResponse' },
    '4XX': { $ref: '#/components/responses/HttpError' },
  };
  const seen = new Set<string>(selectingNames);
  const queryRefs: Array<oas31.ReferenceObject | oas31.ParameterObject> = [];
  const bodyEntries: WireParameter[] = [];
  const requiredWires: string[] = [];
  // Required parameters whose names are described by patternProperties (see isUnsafeKey): `required` cannot name them.
  const requiredUnlisted: string[] = [];
  const openTemplated: OpenTemplatedParameter[] = [];
  let multipart = false;
  for (const group of [...groups, ...shared]) {
    for (const entry of group.parameters) {
      if (isUpload(entry.parameter)) multipart = true;
      if (seen.has(entry.wire)) continue;
      seen.add(entry.wire);
      bodyEntries.push(entry);
      const required = entry.parameter.required && entry.generatorOf === undefined && group.combined !== true;
      if (required) (isUnsafeKey(entry.wire) ? requiredUnlisted : requiredWires).push(entry.wire);
      if (module.mustbeposted || isUpload(entry.parameter)) continue;
      if (group.combined === true && entry.parameter.required && entry.generatorOf === undefined) {
        // Required by its own module only: an optional copy, so the combined operation does not demand it.
        queryRefs.push({ name: entry.wire, in: 'query', description: `Required when ${markdownLiteral(entry.module.path)} is used; see its own operation.`, schema: parameterSchema(context, entry.parameter), ...(entry.parameter.multi ? { style: 'pipeDelimited' as const, explode: false } : {}) });
      } else queryRefs.push(registry.parameterRef(entry));
    }
    openTemplated.push(...group.open);
  }
  const bodyRefs = [...groups, ...shared].map((group) =>
    registry.schemaRef(group.schemaKey, () =>
      parametersSchema(context, group.title, group.parameters, group.open, group.describe),
    ),
  );
  const common = (method: 'get' | 'post'): oas31.OperationObject => {
    const operation: oas31.OperationObject = { operationId: `${key}.${method}`, summary: module.internal ? `(internal) ${summary}` : summary, description, tags: [tag] };
    if (module.deprecated) operation.deprecated = true;
    if (openTemplated.length > 0) {
      operation['x-mediawiki-templated-parameters'] = openTemplated.map((open) => ({ name: open.wire, module: open.module.path, templatevars: Object.entries(open.parameter.templatevars).map(([variable, parameter]) => ({ variable, parameter })) }));
    }
    return operation;
  };
  const bodySchema: oas31.SchemaObject = requiredWires.length > 0 ? { allOf: [...bodyRefs, { required: requiredWires }] } : { allOf: bodyRefs };
  if (requiredUnlisted.length > 0) bodySchema['x-mediawiki-required'] = requiredUnlisted;
  const mediaType: oas31.MediaTypeObject = { schema: bodySchema };
  const encoding = formEncoding(bodyEntries);
  if (encoding !== undefined) mediaType.encoding = encoding;
  const examples: Record<string, oas31.ExampleObject> = {};
  module.examples.forEach((example, index) => {
    const value = exampleValue(context, example.query, bodyEntries, selectingNames, requiredWires);
    if (value === undefined) return;
    const summaryText = plainSummary(context.markdown(example.description), `Example ${index + 1}`);
    examples[`example-${index + 1}`] = { summary: summaryText, value };
  });
  if (Object.keys(examples).length > 0) mediaType.examples = examples;
  const required = requiredWires.length > 0;
  const post = common('post');
  if (!module.mustbeposted) {
    post.description = `The same module with its parameters in a form body (GET \`${virtualPath(module, context.modules)}\` has the full description). POST is needed for long values and for anything that changes the wiki.`;
  }
  post.parameters = selectParameters;
  post.requestBody = { required, content: { [multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded']: mediaType } };
  post.responses = responses;
  if (module.mustbeposted) return { post, extension };
  const get = common('get');
  get.parameters = [...selectParameters, ...queryRefs];
  get.responses = responses;
  return { get, post, extension };
}
