// Golden OpenAPI documents, checked with toMatchFileSnapshot (update on purpose with `pnpm test:update`).
// Built from the SMALL fixtures only: 11 modules cut from test/fixtures/small (3.1 JSON) and the hostile fixture
// (3.0 YAML), so the golden tree stays small.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';

const fixture = (path: string) => parseSnapshot(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'), { source: path });

/** The snapshot restricted to `keep`, with submodule maps and the enum values naming dropped modules removed. */
function restrict(snapshot: Snapshot, keep: ReadonlySet<string>): Snapshot {
  return {
    ...snapshot,
    modules: snapshot.modules
      .filter((module) => keep.has(module.path))
      .map((module) => ({
        ...module,
        parameters: module.parameters.map((parameter) => {
          if (parameter.submodules === undefined) return parameter;
          const dropped = new Set(Object.keys(parameter.submodules).filter((value) => !keep.has(parameter.submodules?.[value] as string)));
          const submodules = Object.fromEntries(Object.entries(parameter.submodules).filter(([value]) => !dropped.has(value)));
          return { ...parameter, submodules, type: Array.isArray(parameter.type) ? parameter.type.filter((value) => !dropped.has(value)) : parameter.type };
        }),
      })),
  };
}

export const GOLDEN_MODULES = new Set(['main', 'json', 'query', 'query+allpages', 'query+info', 'query+tokens', 'parse', 'edit', 'upload', 'login', 'compare']);

describe('golden OpenAPI documents', () => {
  it('small fixture (11 modules), OpenAPI 3.1 JSON', async () => {
    const snapshot = restrict(fixture('small/snapshot.json'), GOLDEN_MODULES);
    expect(snapshot.modules.map((module) => module.path)).toEqual([...GOLDEN_MODULES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await expect(serializeOpenApi(toOpenApi(snapshot), 'json')).toMatchFileSnapshot('./small.openapi.json');
  });

  it('hostile fixture, OpenAPI 3.0.3 YAML', async () => {
    await expect(serializeOpenApi(toOpenApi(fixture('hostile/snapshot.json'), { version: '3.0' }), 'yaml')).toMatchFileSnapshot('./hostile.openapi-3.0.yaml');
  });
});
