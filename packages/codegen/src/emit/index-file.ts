/** `src/index.ts` of the generated package: `createClient` and the typed `Client` over the runtime's client core. */
import { StructureKind, VariableDeclarationKind, type FunctionDeclarationStructure, type OptionalKind, type SourceFileStructure } from 'ts-morph';
import { escapeDocText } from '../doc.js';
import { stringLiteral } from '../naming.js';
import type { ClientPlan } from '../plan.js';
import { requestSignatures } from './params.js';

/** A standalone helper over the runtime (tree-shakable: a bundle that never logs in does not carry login code). */
function helper(name: string, doc: string, parameters: Array<{ name: string; type: string }>, returnType: string, body: string): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [doc],
    parameters,
    returnType,
    statements: (writer) => {
      writer.writeLine(body);
    },
  };
}

/** The whole `src/index.ts` structure. */
export function indexFile(plan: ClientPlan, header: string): OptionalKind<SourceFileStructure> {
  const wiki = plan.snapshot.wiki.sitename ?? plan.snapshot.wiki.wikiid ?? 'the wiki';
  const exportedTypes = ['ActionName', 'ActionParamMap', 'ActionResponse', 'MainParams', 'PlainActionName', 'PlainRequest', 'QueryResponse', 'QueryResult'];
  for (const modulePlan of plan.modules.values()) {
    exportedTypes.push(modulePlan.typeName);
    if (modulePlan.requestName) exportedTypes.push(modulePlan.requestName, modulePlan.selectionName as string, ...modulePlan.slots.map((s) => s.mapName));
  }
  return {
    statements: [
      header,
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: '@wikispec/runtime',
        namedImports: ['clientLogin as runtimeClientLogin', 'continueQuery', 'createApiClient', 'login as runtimeLogin', 'logout as runtimeLogout', 'uploadFile as runtimeUploadFile'],
      },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: '@wikispec/runtime',
        isTypeOnly: true,
        namedImports: ['ApiClient', 'ApiClientOptions', 'ApiParams', 'ApiResponseEnvelope', 'ContinueOptions', 'Credentials', 'RequestOptions', 'UploadOptions', 'UploadResult'],
      },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './modules.js', namedImports: ['moduleCalls'] },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: './params.js',
        isTypeOnly: true,
        namedImports: ['ActionResponse', 'PlainActionName', 'PlainRequest', 'QueryResponse', ...[...plan.modules.values()].filter((m) => m.requestName).flatMap((m) => [m.requestName as string, ...m.slots.map((s) => s.mapName)])].sort(),
      },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './params.js', isTypeOnly: true, namedExports: [...new Set(exportedTypes)].sort() },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './modules.js', namedExports: ['moduleCalls'] },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: '@wikispec/runtime',
        namedExports: ['HttpError', 'LoginError', 'MediaWikiApiError', 'NetworkError', 'ResponseFormatError', 'WikiRequestError', 'isApiError', 'mergeQueryResults'],
      },
      {
        kind: StructureKind.Interface,
        name: 'RequestFunction',
        isExported: true,
        docs: ['Typed `api.php` call, keyed on `action`; resolves to the decoded response or rejects with a `WikiRequestError`.'],
        callSignatures: requestSignatures(plan, (r) => `Promise<${r}>`, 'RequestOptions'),
      },
      {
        kind: StructureKind.Interface,
        name: 'ContinueFunction',
        isExported: true,
        docs: ['Typed continuation: yields every response, merging `continue` (generator continuation included) until done.'],
        callSignatures: requestSignatures(plan, (r) => `AsyncGenerator<${r}, void, undefined>`, 'ContinueOptions'),
      },
      {
        kind: StructureKind.TypeAlias,
        name: 'ClientOptions',
        isExported: true,
        docs: ['Options of {@link createClient}: `apiUrl` and `userAgent` are required; retries, `maxlag`, timeouts, `fetch`, … are the runtime\'s.'],
        type: "Omit<ApiClientOptions, 'modules'>",
      },
      {
        kind: StructureKind.Interface,
        name: 'Client',
        isExported: true,
        docs: [escapeDocText(`A typed client for ${wiki}.`)],
        properties: [
          { name: 'request', isReadonly: true, type: 'RequestFunction', docs: ["Calls api.php, e.g. `client.request({ action: 'parse', page: 'Main Page', prop: ['text'] })`."] },
          { name: 'continue', isReadonly: true, type: 'ContinueFunction', docs: ['`for await (const batch of client.continue({ action: \'query\', list: \'allpages\' }))`'] },
          { name: 'core', isReadonly: true, type: 'ApiClient<object>', docs: ['The runtime client core (transport, tokens, session).'] },
        ],
      },
      {
        kind: StructureKind.Function,
        name: 'createClient',
        isExported: true,
        docs: [escapeDocText(`Creates a client for ${wiki}: \`createClient({ apiUrl, userAgent })\`.`)],
        parameters: [{ name: 'options', type: 'ClientOptions' }],
        returnType: 'Client',
        statements: (writer) => {
          writer.writeLine('const core = createApiClient<object>({ ...options, modules: moduleCalls });');
          writer.writeLine('const request = <R>(params: object, requestOptions?: RequestOptions): Promise<R> => core.request<R>(params, requestOptions);');
          writer.writeLine('const continueFn = <R extends ApiResponseEnvelope>(params: object, continueOptions?: ContinueOptions): AsyncGenerator<R, void, undefined> =>');
          writer.indent().write('continueQuery<R>(core, params as ApiParams, continueOptions);').newLine();
          writer.writeLine('return {');
          writer.indent().write('request,').newLine();
          writer.indent().write('continue: continueFn,').newLine();
          writer.indent().write('core,').newLine();
          writer.writeLine('};');
        },
      },
      {
        kind: StructureKind.TypeAlias,
        name: 'ActionMethods',
        isExported: true,
        docs: ['One method per action without submodule selection, typed exactly as `client.request` without `action`.'],
        type: "{ readonly [A in PlainActionName]: (params: Omit<PlainRequest<A>, 'action'>, options?: RequestOptions) => Promise<ActionResponse<A>> }",
      },
      {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['The actions {@link actions} makes methods for (those without submodule selection).'],
        declarations: [{ name: 'plainActions', type: 'readonly PlainActionName[]', initializer: `[${plan.actions.filter((a) => a.plan.slots.length === 0).map((a) => stringLiteral(a.value)).join(', ')}]` }],
      },
      {
        kind: StructureKind.Function,
        name: 'actions',
        isExported: true,
        docs: ["An ergonomic layer over `client.request`: `actions(client).parse({ page: 'Main Page' })`. Same types, no second source: each method is `request` with `action` filled in. Actions with submodule selection (`query`, generators) go through `request`."],
        parameters: [{ name: 'client', type: 'Client' }],
        returnType: 'ActionMethods',
        statements: (writer) => {
          writer.writeLine('// A null-prototype object: an action named `constructor` or `toString` is a method like any other.');
          writer.writeLine('const methods: ActionMethods = Object.create(null);');
          writer.writeLine('for (const action of plainActions) {');
          writer.indent().write('const method = (params: object, options?: RequestOptions): Promise<unknown> => client.core.request({ ...params, action }, options);').newLine();
          writer.indent().write('Object.defineProperty(methods, action, { enumerable: true, value: method });').newLine();
          writer.writeLine('}');
          writer.writeLine('return methods;');
        },
      },
      helper('login', 'Logs in with a bot password (`User@bot` and its generated password); later writes assert `user` and log in again once if the session expires.', [{ name: 'client', type: 'Client' }, { name: 'credentials', type: 'Credentials' }], 'Promise<void>', 'return runtimeLogin(client.core, credentials);'),
      helper('clientLogin', 'Logs in with `action=clientlogin` (a main account password).', [{ name: 'client', type: 'Client' }, { name: 'credentials', type: 'Credentials' }], 'Promise<void>', 'return runtimeClientLogin(client.core, credentials);'),
      helper('logout', 'Logs out and forgets cached tokens.', [{ name: 'client', type: 'Client' }], 'Promise<void>', 'return runtimeLogout(client.core);'),
      helper('uploadFile', 'Uploads a file (chunked with `stash`/`filekey`/`offset` when large); the csrf token is fetched as for any write.', [{ name: 'client', type: 'Client' }, { name: 'options', type: 'UploadOptions' }], 'Promise<UploadResult>', 'return runtimeUploadFile(client.core, options);'),
    ],
  };
}
