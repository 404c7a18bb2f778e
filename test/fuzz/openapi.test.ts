// Properties of the OpenAPI generator on generated (hostile) snapshots: the document validates with
// @seriousme/openapi-schema-validator (3.1 and 3.0), generation is deterministic and pure, and every module and
// parameter is in it. Redocly's recommended-strict ruleset is the other validator: openapi-redocly.test.ts (a file of its
// own, so vitest runs it beside this one on the other core).
import { Validator } from '@seriousme/openapi-schema-validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeOpenApi, toOpenApi } from '@wikispec/openapi';
import { serializeSnapshot, wireName } from '@wikispec/snapshot';
import { fuzzParameters, snapshotArbitrary } from '../support/arbitraries.js';

// One validator for every case: constructing one compiles the OpenAPI meta-schemas with ajv (tens of milliseconds);
// validate() itself keeps no state from one document to the next.
const validator = new Validator();

async function validate(document: unknown): Promise<void> {
  const result = await validator.validate(document as never);
  expect(result.errors ?? [], 'openapi-schema-validator errors').toEqual([]);
  expect(result.valid).toBe(true);
}

describe('openapi (fuzz)', () => {
  it('validates (3.1 and 3.0), is deterministic, leaves the snapshot untouched, and carries every wire name', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbitrary(), async (snapshot) => {
        const started = performance.now();
        const before = serializeSnapshot(snapshot);
        const document = toOpenApi(snapshot);
        const text = serializeOpenApi(document, 'json');
        expect(serializeOpenApi(toOpenApi(snapshot), 'json')).toBe(text);
        expect(serializeSnapshot(snapshot)).toBe(before);
        await validate(JSON.parse(text));
        const generated = performance.now();
        await validate(JSON.parse(serializeOpenApi(toOpenApi(snapshot, { version: '3.0' }), 'json')));
        if (process.env.FUZZ_TIMING) console.log(`generate ${Math.round(generated - started)} ms, validate ${Math.round(performance.now() - generated)} ms, ${text.length} bytes`);
        // Every parameter appears under its wire name somewhere in the document (templated ones by their template).
        for (const module of snapshot.modules) {
          for (const parameter of module.parameters) expect(text, `${module.path} ${wireName(module, parameter)}`).toContain(JSON.stringify(wireName(module, parameter)));
        }
      }),
      // Failures found here become named regressions in packages/openapi/src/fuzz-regressions.test.ts (case 63 of seed
      // 20261130: a parameter named `$id` under `properties` read as a duplicate schema id).
      fuzzParameters(10),
    );
  });
});
