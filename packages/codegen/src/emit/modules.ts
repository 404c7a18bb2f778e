/** `src/modules.ts` of the generated package: what the runtime must know to call each action (token, POST, secrets). */
import { StructureKind, VariableDeclarationKind, type OptionalKind, type SourceFileStructure } from 'ts-morph';
import { wireName } from '@wikispec/snapshot';
import { escapeDocText } from '../doc.js';
import { stringLiteral, valuePropertyKey } from '../naming.js';
import { moduleToken, type ClientPlan } from '../plan.js';

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
            initializer: (writer) => {
              writer.write('{').newLine();
              for (const { value, plan: modulePlan } of plan.actions) {
                const module = modulePlan.module;
                const token = moduleToken(module);
                const sensitive = module.parameters.filter((p) => p.sensitive && p.tokentype === undefined).map((p) => wireName(module, p));
                const fields: string[] = [];
                if (token) fields.push(`tokenParam: ${stringLiteral(token.wire)}`, `tokenType: ${stringLiteral(token.type)}`);
                if (module.mustbeposted) fields.push('mustBePosted: true');
                if (module.writerights || token) fields.push('write: true');
                if (sensitive.length > 0) fields.push(`sensitive: [${sensitive.map(stringLiteral).join(', ')}]`);
                if (fields.length === 0) continue;
                writer.write(`${valuePropertyKey(value)}: { ${fields.join(', ')} },`).newLine();
              }
              writer.write('}');
            },
          },
        ],
      },
    ],
  };
}
