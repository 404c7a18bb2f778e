import type { ApiClient, RequestOptions } from './client.js';
import { WikiRequestError } from './errors.js';
import type { ApiParams, ApiResponseEnvelope, ParamValue } from './types.js';

/** Parameters whose values are batched when there are more than the multi-value limit. */
const BATCHED = ['titles', 'pageids', 'revids'];

/** Options of {@link continueQuery}. */
export interface ContinueOptions extends RequestOptions {
  /** Stop after this many responses (default: until the API says it is done). */
  maxBatches?: number;
  /** Values per `titles`/`pageids`/`revids` request (default: the client's `multiValueLimit`, else 50). */
  multiValueLimit?: number;
}

/**
 * Splits `titles`, `pageids` or `revids` longer than `limit` into several parameter sets (the API rejects more than
 * 50 values, 500 with apihighlimits). Returns `[params]` when nothing needs splitting.
 */
export function splitMultiValues(params: ApiParams, limit = 50): ApiParams[] {
  for (const name of BATCHED) {
    const value = params[name];
    if (Array.isArray(value) && value.length > limit) {
      const out: ApiParams[] = [];
      for (let i = 0; i < value.length; i += limit) out.push({ ...params, [name]: value.slice(i, i + limit) });
      return out;
    }
  }
  return [params];
}

/**
 * Requests `params`, then follows `continue` until the API is done, yielding every response. The whole `continue`
 * object is merged into the original parameters for each next request (this covers generator continuation and
 * several prop modules at once); long `titles`/`pageids`/`revids` lists are split into batches first.
 */
export async function* continueQuery<R extends ApiResponseEnvelope = ApiResponseEnvelope>(
  client: ApiClient<object>,
  params: ApiParams,
  options: ContinueOptions = {},
): AsyncGenerator<R, void, undefined> {
  const { maxBatches = Infinity, multiValueLimit, ...requestOptions } = options;
  let count = 0;
  for (const batch of splitMultiValues(params, multiValueLimit ?? client.options.multiValueLimit)) {
    // Stops at the last batch, at maxBatches (counted across title batches), or when `continue` repeats itself.
    for (let next = batch, previous = ''; count++ < maxBatches; ) {
      const response = await client.request<R>(next, requestOptions);
      yield response;
      const cont = response.continue;
      const key = JSON.stringify(cont);
      if (!cont) break;
      if (key === previous) {
        throw new WikiRequestError('continueloop', `continuation did not advance: ${key}`, { method: 'GET', url: client.transport.apiUrl, action: 'query', attempts: 1 });
      }
      previous = key;
      next = { ...batch, ...(cont as { [name: string]: ParamValue }) };
    }
  }
}

/** A page of `query.pages`, as formatversion=2 returns it. */
export interface QueryPage {
  /** Page id (absent for missing and invalid titles). */
  pageid?: number;
  /** Namespace number. */
  ns?: number;
  /** Page title. */
  title?: string;
  /** Prop data (revisions, categories, …). */
  [key: string]: unknown;
}

/** Query results of several responses merged. */
export interface MergedQuery {
  /** `query.pages` of every batch, entries for the same page merged (arrays concatenated), in first-seen order. */
  pages: QueryPage[];
  /** Every other array in `query` (lists such as `allpages`, and `normalized`, `redirects`), concatenated. */
  lists: { [name: string]: unknown[] };
  /** Every non-array, non-pages value in `query` (meta results such as `general`), the last batch winning. */
  meta: { [name: string]: unknown };
}

/** Merges the `query` part of responses (formatversion 1 or 2), e.g. all the batches of {@link continueQuery}. */
export function mergeQueryResults(responses: Iterable<ApiResponseEnvelope>): MergedQuery {
  const pages = new Map<string, QueryPage>();
  const lists: { [name: string]: unknown[] } = {};
  const meta: { [name: string]: unknown } = {};
  for (const response of responses) {
    const query = response.query ?? {};
    for (const name of Object.keys(query)) {
      const value = query[name];
      if (name === 'pages' && value && typeof value === 'object') {
        for (const page of Object.values(value) as QueryPage[]) {
          const key = typeof page.pageid === 'number' && page.pageid > 0 ? `#${page.pageid}` : `${page.ns}:${page.title}`;
          pages.set(key, mergePage(pages.get(key), page));
        }
      } else if (Array.isArray(value)) {
        (lists[name] ??= []).push(...(value as unknown[]));
      } else {
        meta[name] = value;
      }
    }
  }
  return { pages: [...pages.values()], lists, meta };
}

function mergePage(into: QueryPage | undefined, page: QueryPage): QueryPage {
  if (!into) return { ...page };
  for (const key of Object.keys(page)) {
    const a = into[key];
    const b = page[key];
    into[key] = Array.isArray(a) && Array.isArray(b) ? [...(a as unknown[]), ...(b as unknown[])] : b;
  }
  return into;
}

/** Follows continuation to the end and returns the merged query results. */
export async function queryAll(client: ApiClient<object>, params: ApiParams, options?: ContinueOptions): Promise<MergedQuery> {
  const responses: ApiResponseEnvelope[] = [];
  for await (const response of continueQuery(client, params, options)) responses.push(response);
  return mergeQueryResults(responses);
}
