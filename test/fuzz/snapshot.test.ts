// Properties of the snapshot model on generated snapshots: serialization round-trips and is canonical.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexModules, parseSnapshot, serializeSnapshot, submoduleEdges } from '@wikispec/snapshot';
import { fuzzParameters, rawSnapshotArbitrary, snapshotArbitrary, snapshotPairArbitrary } from '../support/arbitraries.js';

describe('snapshot model (fuzz)', () => {
  it('parseSnapshot(serializeSnapshot(s)) equals s, and serialization is a fixed point', () => {
    fc.assert(
      fc.property(snapshotArbitrary(), (snapshot) => {
        const text = serializeSnapshot(snapshot);
        const again = parseSnapshot(text, { source: 'roundtrip' });
        expect(again).toStrictEqual(snapshot);
        expect(serializeSnapshot(again)).toBe(text);
      }),
      fuzzParameters(100),
    );
  });

  it('generated snapshots are consistent: every submodule map points at an existing module, every module is reachable', () => {
    fc.assert(
      fc.property(snapshotPairArbitrary(), ({ base, head }) => {
        for (const snapshot of [base, head]) {
          const modules = indexModules(snapshot);
          const reached = new Set(['main']);
          for (const module of snapshot.modules) {
            for (const edge of submoduleEdges(module)) {
              expect(modules.has(edge.path), `${module.path} -> ${edge.path}`).toBe(true);
              reached.add(edge.path);
            }
          }
          expect(snapshot.modules.map((module) => module.path).filter((path) => !reached.has(path))).toEqual([]);
        }
      }),
      fuzzParameters(100),
    );
  });

  it('parsing is insensitive to module and key order in the input', () => {
    fc.assert(
      fc.property(rawSnapshotArbitrary(), (raw) => {
        const modules = raw.modules as Array<Record<string, unknown>>;
        const shuffled = { ...raw, modules: [...modules].reverse().map((module) => Object.fromEntries(Object.entries(module).reverse())) };
        expect(serializeSnapshot(parseSnapshot(shuffled))).toBe(serializeSnapshot(parseSnapshot(raw)));
      }),
      fuzzParameters(50),
    );
  });
});
