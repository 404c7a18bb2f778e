/** `src/modules.ts` of the generated package: what the runtime must know to call each action (token, POST, secrets). */
import { StructureKind, VariableDeclarationKind, type OptionalKind, type SourceFileStructure } from 'ts-morph';
import { wireName, type ApiModule } from '@wikispec/snapshot';
import { escapeDocText } from '../doc.js';
import { stringLiteral, valuePropertyKey } from '../naming.js';
import { moduleToken, type ClientPlan } from '../plan.js';

/**
 * `action=login` takes its token in `lgtoken` but paraminfo gives it no `tokentype` (MediaWiki 1.39): it is a login
 * token, fetched with `meta=tokens&type=login`.
 */
function loginToken(module: ApiModule): { wire: string; type: string } | undefined {
  if (module.path !== 'login') return undefined;
  const parameter = module.parameters.find((p) => p.name === 'token' && p.tokentype === undefined);
  return parameter && { wire: wireName(module, parameter), type: 'login' };
}

/** One descriptor per action module that needs one (modules without token, POST or secrets are left out). */
export function modulesFile(plan: ClientPlan, header: string): OptionalKind<SourceFileStructure> {
  return {
    statements: [
      header,
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '@wikispec/runtime', isTypeOnly: true, namedImports: ['ModuleCallTable'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [escapeDocText('How to call each action: token parameter and type (`meta=tokens&type=…`), `mustbeposted`, writes, and sensitive parameters (sent in the POST body, redacted everywhere). Upload parameters need no entry: a `Blob` value makes the body multipart.')],
        declarations: [
          {
            name: 'moduleCalls',
            type: 'ModuleCallTable',
            // A null-prototype table: a lookup of an action named `constructor` or `toString` must not find
            // Object.prototype's members.
            initializer: (writer) => {
              writer.write('Object.assign<ModuleCallTable, ModuleCallTable>(Object.create(null), {').newLine();
              for (const { value, plan: modulePlan } of plan.actions) {
                const module = modulePlan.module;
                const token = loginToken(module) ?? moduleToken(module);
                const sensitive = module.parameters
                  .filter((p) => p.sensitive && p.tokentype === undefined && wireName(module, p) !== token?.wire)
                  .map((p) => wireName(module, p));
                // A bare string is the runtime's shorthand for `{ tokenType }` with the token in `token` (POST and
                // write implied): most write modules fit, and it keeps the table small in browser bundles.
                if (token && token.wire === 'token' && sensitive.length === 0) {
                  writer.write(`${valuePropertyKey(value)}: ${stringLiteral(token.type)},`).newLine();
                  continue;
                }
                const fields: string[] = [];
                if (token) fields.push(`tokenParam: ${stringLiteral(token.wire)}`, `tokenType: ${stringLiteral(token.type)}`);
                if (module.mustbeposted && !token) fields.push('mustBePosted: true');
                if (module.writerights && !token) fields.push('write: true');
                if (sensitive.length > 0) fields.push(`sensitive: [${sensitive.map(stringLiteral).join(', ')}]`);
                if (fields.length === 0) continue;
                writer.write(`${valuePropertyKey(value)}: { ${fields.join(', ')} },`).newLine();
              }
              writer.write('})');
            },
          },
        ],
      },
    ],
  };
}
