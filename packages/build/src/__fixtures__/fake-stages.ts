import { compareCodeUnits, type Snapshot } from '@wikispec/snapshot';
import type { BuildStages } from '../stages.js';

/** Deterministic stand-ins for the real stages: small outputs that still depend on the snapshot's content. */
export function fakeStages(overrides: Partial<BuildStages> = {}): BuildStages & { calls: Record<string, number> } {
  const calls: Record<string, number> = { fetch: 0, openapi: 0, client: 0, changes: 0 };
  const paths = (snapshot: Snapshot) => snapshot.modules.map((module) => module.path);
  return {
    calls,
    fetch: async () => {
      calls.fetch = (calls.fetch ?? 0) + 1;
      throw new Error('fake fetch: no wiki here');
    },
    openapi: async (snapshot, options) => {
      calls.openapi = (calls.openapi ?? 0) + 1;
      const document = {
        openapi: options.version,
        info: { title: snapshot.wiki.sitename ?? 'wiki', version: snapshot.wiki.mediawikiVersion ?? '' },
        paths: Object.fromEntries(
          paths(snapshot).map((path) => [`/api.php?action=${path}`, { get: { operationId: path, parameters: [{ name: `${path}-param`, in: 'query' }], responses: { 200: { description: 'ok' } } } }]),
        ),
      };
      return { json: `${JSON.stringify(document, null, 2)}\n`, yaml: `openapi: ${options.version}\n` };
    },
    client: async (snapshot, options) => {
      calls.client = (calls.client ?? 0) + 1;
      return [
        { path: 'package.json', contents: `${JSON.stringify({ name: options.packageName }, null, 2)}\n` },
        { path: 'src/index.ts', contents: `// from ${options.source}\nexport const modules = ${JSON.stringify(paths(snapshot))};\n` },
      ];
    },
    changes: async (base, head) => {
      calls.changes = (calls.changes ?? 0) + 1;
      const before = new Set(paths(base));
      const after = new Set(paths(head));
      const removed = [...before].filter((path) => !after.has(path)).sort(compareCodeUnits);
      const added = [...after].filter((path) => !before.has(path)).sort(compareCodeUnits);
      const lines = [...removed.map((path) => `- **breaking** module \`${path}\` removed`), ...added.map((path) => `- module \`${path}\` added`)];
      return { changes: removed.length + added.length, breaking: removed.length, markdown: `# API changes\n\n${lines.join('\n')}\n` };
    },
    ...overrides,
  };
}
