import { describe, expect, it } from 'vitest';
import { fakeClock, fakeFetch, json } from './__fixtures__/fake-fetch.js';
import { createApiClient } from './client.js';
import { continueQuery, mergeQueryResults, queryAll, splitMultiValues } from './continuation.js';
import type { ApiResponseEnvelope } from './types.js';

const API = 'http://127.0.0.1:8080/api.php';
function setup(replies: Parameters<typeof fakeFetch>[0], multiValueLimit?: number) {
  const fake = fakeFetch(replies);
  const client = createApiClient({ apiUrl: API, userAgent: 'test/1', fetch: fake.fetch, ...fakeClock(), multiValueLimit });
  return { client, requests: fake.requests };
}
const cont = (requests: { params: Record<string, string> }[]) =>
  requests.map((r) =>
    Object.keys(r.params)
      .filter((k) => k.endsWith('continue'))
      .sort()
      .map((k) => `${k}=${r.params[k]}`)
      .join('&'),
  );

describe('continueQuery', () => {
  it('follows list continuation over several batches', async () => {
    const { client, requests } = setup([
      json({ continue: { apcontinue: 'B', continue: '-||' }, query: { allpages: [{ title: 'A' }] } }),
      json({ continue: { apcontinue: 'C', continue: '-||' }, query: { allpages: [{ title: 'B' }] } }),
      json({ batchcomplete: true, query: { allpages: [{ title: 'C' }] } }),
    ]);
    const titles: string[] = [];
    for await (const batch of continueQuery(client, { action: 'query', list: 'allpages', aplimit: 1 })) {
      for (const p of (batch.query?.allpages ?? []) as { title: string }[]) titles.push(p.title);
    }
    expect(titles).toEqual(['A', 'B', 'C']);
    expect(cont(requests)).toEqual(['', 'apcontinue=B&continue=-||', 'apcontinue=C&continue=-||']);
    expect(requests.every((r) => r.params.list === 'allpages' && r.params.aplimit === '1')).toBe(true);
  });

  it('handles generator continuation with prop continuation, dropping stale continue values', async () => {
    const { client, requests } = setup([
      json({
        continue: { rvcontinue: '10|100', continue: 'gapcontinue||' },
        query: { pages: [{ pageid: 1, ns: 0, title: 'A', revisions: [{ revid: 100 }] }, { pageid: 2, ns: 0, title: 'B' }] },
      }),
      json({
        batchcomplete: true,
        continue: { gapcontinue: 'C', continue: 'gapcontinue||' },
        query: { pages: [{ pageid: 1, ns: 0, title: 'A' }, { pageid: 2, ns: 0, title: 'B', revisions: [{ revid: 200 }] }] },
      }),
      json({ batchcomplete: true, query: { pages: [{ pageid: 3, ns: 0, title: 'C', revisions: [{ revid: 300 }] }] } }),
    ]);
    const merged = await queryAll(client, { action: 'query', generator: 'allpages', gaplimit: 2, prop: 'revisions' });
    expect(cont(requests)).toEqual(['', 'continue=gapcontinue||&rvcontinue=10|100', 'continue=gapcontinue||&gapcontinue=C']);
    expect(merged.pages).toEqual([
      { pageid: 1, ns: 0, title: 'A', revisions: [{ revid: 100 }] },
      { pageid: 2, ns: 0, title: 'B', revisions: [{ revid: 200 }] },
      { pageid: 3, ns: 0, title: 'C', revisions: [{ revid: 300 }] },
    ]);
  });

  it('stops at maxBatches', async () => {
    const { client, requests } = setup([json({ continue: { x: '1', continue: '-||' } }), json({ continue: { x: '2', continue: '-||' } })]);
    const seen: ApiResponseEnvelope[] = [];
    for await (const b of continueQuery(client, { action: 'query' }, { maxBatches: 2 })) seen.push(b);
    expect(seen).toHaveLength(2);
    expect(requests).toHaveLength(2);
  });

  it('throws when continuation does not advance', async () => {
    const same = () => json({ continue: { apcontinue: 'B', continue: '-||' }, query: {} });
    const { client } = setup([same(), same(), same()]);
    await expect(queryAll(client, { action: 'query', list: 'allpages' })).rejects.toMatchObject({ code: 'continueloop' });
  });

  it('splits titles over the multi-value limit into several requests, each continued', async () => {
    const titles = Array.from({ length: 120 }, (_, i) => `T${i}`);
    const { client, requests } = setup([
      json({ continue: { clcontinue: '1|x', continue: '||' }, query: { pages: [{ pageid: 1, ns: 0, title: 'T0', categories: [{ title: 'C1' }] }] } }),
      json({ query: { pages: [{ pageid: 1, ns: 0, title: 'T0', categories: [{ title: 'C2' }] }] } }),
      json({ query: { pages: [{ pageid: 51, ns: 0, title: 'T50' }] } }),
      json({ query: { pages: [{ ns: 0, title: 'T119', missing: true }] } }),
    ]);
    const merged = await queryAll(client, { action: 'query', titles, prop: 'categories' });
    expect(requests.map((r) => r.params.titles?.split('|').length)).toEqual([50, 50, 50, 20]);
    expect(requests[1]?.params.clcontinue).toBe('1|x');
    expect(requests[2]?.params.clcontinue).toBeUndefined();
    expect(requests[3]?.params.titles?.split('|')[0]).toBe('T100');
    expect(merged.pages.map((p) => p.title)).toEqual(['T0', 'T50', 'T119']);
    expect(merged.pages[0]?.categories).toEqual([{ title: 'C1' }, { title: 'C2' }]);
  });

  it('uses the client multi-value limit (apihighlimits)', async () => {
    const { client, requests } = setup([json({}), json({})], 500);
    await queryAll(client, { action: 'query', pageids: Array.from({ length: 700 }, (_, i) => i + 1) });
    expect(requests.map((r) => r.params.pageids?.split('|').length)).toEqual([500, 200]);
  });
});

describe('splitMultiValues', () => {
  it('leaves short lists and other parameters alone', () => {
    const p = { action: 'query', titles: ['A', 'B'], list: ['a', 'b', 'c'] };
    expect(splitMultiValues(p, 2)).toEqual([p]);
    expect(splitMultiValues({ action: 'query', revids: [1, 2, 3] }, 2)).toEqual([
      { action: 'query', revids: [1, 2] },
      { action: 'query', revids: [3] },
    ]);
  });
});

describe('mergeQueryResults', () => {
  it('merges formatversion=1 page objects, lists and meta', () => {
    const merged = mergeQueryResults([
      { query: { pages: { '5': { pageid: 5, ns: 0, title: 'X', links: [{ title: 'L1' }] }, '-1': { ns: 0, title: 'Gone', missing: '' } }, general: { sitename: 'W' }, allusers: [{ name: 'U1' }] } },
      { query: { pages: { '5': { pageid: 5, ns: 0, title: 'X', links: [{ title: 'L2' }] } }, allusers: [{ name: 'U2' }] } },
    ]);
    expect(merged.pages).toEqual([
      { pageid: 5, ns: 0, title: 'X', links: [{ title: 'L1' }, { title: 'L2' }] },
      { ns: 0, title: 'Gone', missing: '' },
    ]);
    expect(merged.lists).toEqual({ allusers: [{ name: 'U1' }, { name: 'U2' }] });
    expect(merged.meta).toEqual({ general: { sitename: 'W' } });
  });
});
