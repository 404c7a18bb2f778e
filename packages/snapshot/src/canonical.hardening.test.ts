// Regression found by fuzzing (test/fuzz/snapshot.test.ts): a -0 in the input (JSON "-0" or PHP's "-0.0") survived
// parsing but serialized as 0, so parseSnapshot(serializeSnapshot(s)) differed from s.
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from './parse.js';
import { serializeSnapshot } from './canonical.js';

describe('canonical form', () => {
  it('snapshot-negative-zero: -0 becomes 0, so the model round-trips through its bytes', () => {
    const text = '{"format":"wikispec-snapshot/1","wiki":{},"helpformat":"none","modules":[{"path":"main","futurefield":-0,"parameters":[{"name":"x","type":"float","default":-0.0,"min":-0}]}]}';
    const snapshot = parseSnapshot(text);
    const module = snapshot.modules[0]!;
    expect(Object.is(module.futurefield, 0)).toBe(true);
    expect(Object.is(module.parameters[0]!.default, 0)).toBe(true);
    expect(Object.is(module.parameters[0]!.min, 0)).toBe(true);
    expect(parseSnapshot(serializeSnapshot(snapshot))).toStrictEqual(snapshot);
  });
});
