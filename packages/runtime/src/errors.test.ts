// Responses captured from MediaWiki 1.39 (the local core wiki) for `action=query&list=allpages&apfoo=1&prop=nosuch`
// (warnings) and `action=nosuch` (error), in every errorformat and both formatversions; docref texts shortened.
import { describe, expect, it } from 'vitest';
import { normalizeErrors, normalizeWarnings, type NormalizedMessage } from './errors.js';
import type { ApiResponseEnvelope } from './types.js';

const DOCREF = 'See http://127.0.0.1:8138/api.php for API usage.';
const ERROR_TEXT = 'Unrecognized value for parameter "action": nosuch.';

const errorCases: [string, unknown, NormalizedMessage][] = [
  ['bc, formatversion=2', { error: { code: 'badvalue', info: ERROR_TEXT, docref: DOCREF } }, { code: 'badvalue', text: ERROR_TEXT, module: 'main', data: {} }],
  ['bc, formatversion=1', { error: { code: 'badvalue', info: ERROR_TEXT, '*': DOCREF } }, { code: 'badvalue', text: ERROR_TEXT, module: 'main', data: {} }],
  [
    'plaintext, formatversion=1',
    { errors: [{ code: 'badvalue', module: 'main', '*': ERROR_TEXT }], '*': DOCREF },
    { code: 'badvalue', text: ERROR_TEXT, module: 'main', data: undefined },
  ],
  [
    'plaintext, formatversion=2',
    { errors: [{ code: 'badvalue', text: ERROR_TEXT, module: 'main' }], docref: DOCREF },
    { code: 'badvalue', text: ERROR_TEXT, module: 'main', data: undefined },
  ],
  [
    'html',
    { errors: [{ code: 'badvalue', html: ERROR_TEXT, module: 'main' }], docref: DOCREF },
    { code: 'badvalue', text: ERROR_TEXT, module: 'main', data: undefined },
  ],
  [
    'raw',
    { errors: [{ code: 'badvalue', key: 'paramvalidator-badvalue-enumnotmulti', params: [{ plaintext: 'action' }, { plaintext: 'nosuch' }], module: 'main' }] },
    { code: 'badvalue', text: 'paramvalidator-badvalue-enumnotmulti', module: 'main', data: undefined },
  ],
  ['none', { errors: [{ code: 'badvalue', module: 'main' }], docref: DOCREF }, { code: 'badvalue', text: '', module: 'main', data: undefined }],
];

describe('normalizeErrors on real MediaWiki 1.39 answers', () => {
  it.each(errorCases)('%s', (_name, body, want) => {
    expect(normalizeErrors(body as ApiResponseEnvelope)).toEqual([want]);
  });

  it('keeps extra bc fields (maxlag) as data', () => {
    const body = { error: { code: 'maxlag', info: 'Waiting for 10.0.0.1: 6 seconds lagged.', host: '10.0.0.1', lag: 6, type: 'db', docref: DOCREF } };
    expect(normalizeErrors(body)).toEqual([
      { code: 'maxlag', text: 'Waiting for 10.0.0.1: 6 seconds lagged.', module: 'main', data: { host: '10.0.0.1', lag: 6, type: 'db' } },
    ]);
  });

  it('gives nothing for a successful answer', () => {
    expect(normalizeErrors({ batchcomplete: true })).toEqual([]);
  });
});

const PROP = 'Unrecognized value for parameter "prop": nosuch';
const PARAM = 'Unrecognized parameter: apfoo.';
const warningCases: [string, unknown, [string, string, string][]][] = [
  ['bc, formatversion=2', { warnings: { main: { warnings: PARAM }, query: { warnings: PROP } } }, [['warning', 'main', PARAM], ['warning', 'query', PROP]]],
  ['bc, formatversion=1', { warnings: { main: { '*': PARAM }, query: { '*': PROP } } }, [['warning', 'main', PARAM], ['warning', 'query', PROP]]],
  [
    'plaintext, formatversion=1',
    {
      warnings: [
        { code: 'unrecognizedvalues', data: { values: ['nosuch'] }, module: 'query', '*': PROP },
        { code: 'unrecognizedparams', module: 'main', '*': PARAM },
      ],
    },
    [['unrecognizedvalues', 'query', PROP], ['unrecognizedparams', 'main', PARAM]],
  ],
  [
    'html, formatversion=2',
    {
      warnings: [
        { code: 'unrecognizedvalues', html: PROP, data: { values: ['nosuch'] }, module: 'query' },
        { code: 'unrecognizedparams', html: PARAM, module: 'main' },
      ],
    },
    [['unrecognizedvalues', 'query', PROP], ['unrecognizedparams', 'main', PARAM]],
  ],
  [
    'none',
    { warnings: [{ code: 'unrecognizedvalues', data: { values: ['nosuch'] }, module: 'query' }, { code: 'unrecognizedparams', module: 'main' }] },
    [['unrecognizedvalues', 'query', ''], ['unrecognizedparams', 'main', '']],
  ],
];

describe('normalizeWarnings on real MediaWiki 1.39 answers', () => {
  it.each(warningCases)('%s', (_name, body, want) => {
    expect(normalizeWarnings(body as ApiResponseEnvelope).map((w) => [w.code, w.module, w.text])).toEqual(want);
  });

  it('keeps warning data', () => {
    const body = { warnings: [{ code: 'unrecognizedvalues', text: PROP, data: { values: ['nosuch'] }, module: 'query' }] };
    expect(normalizeWarnings(body)[0]?.data).toEqual({ values: ['nosuch'] });
  });
});
