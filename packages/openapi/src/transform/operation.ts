import type { oas31 } from 'openapi3-ts';
import { apiHelpUrl, tokenParameter, type ApiModule } from '@wikispec/snapshot';
import type { TransformContext } from '../context.js';
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
  const links = [helpPage === undefined ? undefined : `[Special:ApiHelp/${module.path}](${helpPage.replace(/[()]/g, encodeURIComponent)})`, ...module.helpurls.map((url) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`)].filter(
    (link): link is string => link !== undefined,
  );
  if (links.length > 0) parts.push(`Documentation: ${links.join(', ')}`);
  if (module.examples.length > 0) {
    const api = context.snapshot.wiki.apiUrl;
    const lines = module.examples.map((example) => {
      const label = context.markdown(example.description) || 'Example';
      const query = example.query.replace(/[()<>\s`]/g, encodeURIComponent);
      return api === undefined ? `- ${label}: \`api.php?${example.query.replace(/`/g, '')}\`` : `- [${label.replace(/\n+/g, ' ')}](${api}?${query})`;
    });
    parts.push(`Examples:\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** The GET (unless `mustbeposted`) and POST operations of one module. */
export function moduleOperations(context: TransformContext, module: ApiModule, registry: ComponentRegistry): ModuleOperations {
  const key = moduleKey(module.path);
  const selecting = selectingParameters(context, module);
  const selectingNames = new Set(selecting.map((step) => step.wire));
  const selectParameters: oas31.ParameterObject[] = selecting.map((step) => ({
    name: step.wire,
    in: 'query',
    required: true,
    description: `Selects this module: \`${step.wire}=${step.value.replace(/`/g, '')}\`.`,
    schema: constSchema(context, 'string', step.value),
  }));
  const { groups, shared } = groupsOf(context, module);
  const summary = plainSummary(context.markdown(module.description), module.path);
  const description = operationDescription(context, module);
  const extension = moduleExtension(context, module);
  const tag = selecting.length <= 1 ? 'action' : `${selecting.at(-2)?.value ?? ''} ${selecting.at(-1)?.group ?? ''}`;
  const responses: oas31.ResponsesObject = {
    '200': { $ref: '#/components/responses/ApiResponse' },
    '4XX': { $ref: '#/components/responses/HttpError' },
  };
  const seen = new Set<string>(selectingNames);
  const queryRefs: Array<oas31.ReferenceObject | oas31.ParameterObject> = [];
  const bodyEntries: WireParameter[] = [];
  const requiredWires: string[] = [];
  const openTemplated: OpenTemplatedParameter[] = [];
  let multipart = false;
  for (const group of [...groups, ...shared]) {
    for (const entry of group.parameters) {
      if (isUpload(entry.parameter)) multipart = true;
      if (seen.has(entry.wire)) continue;
      seen.add(entry.wire);
      bodyEntries.push(entry);
      const required = entry.parameter.required && entry.generatorOf === undefined && group.combined !== true;
      if (required && entry.wire !== '$ref') requiredWires.push(entry.wire);
      if (module.mustbeposted || isUpload(entry.parameter)) continue;
      if (group.combined === true && entry.parameter.required && entry.generatorOf === undefined) {
        // Required by its own module only: an optional copy, so the combined operation does not demand it.
        queryRefs.push({ name: entry.wire, in: 'query', description: `Required when \`${entry.module.path}\` is used; see its own operation.`, schema: parameterSchema(context, entry.parameter), ...(entry.parameter.multi ? { style: 'pipeDelimited' as const, explode: false } : {}) });
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
  const mediaType: oas31.MediaTypeObject = { schema: requiredWires.length > 0 ? { allOf: [...bodyRefs, { required: requiredWires }] } : { allOf: bodyRefs } };
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
