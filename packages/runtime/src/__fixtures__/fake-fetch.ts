import type { FetchLike } from '../transport.js';

/** A recorded request made through the fake fetch. */
export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | FormData | undefined;
  /** Parameters from the URL and the body (multipart files show as `[blob]`). */
  params: Record<string, string>;
}

type Reply = Response | Error | ((req: Recorded) => Response | Error);

/** Fake fetch answering from a queue; records every request. */
export function fakeFetch(replies: Reply[]): { fetch: FetchLike; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const queue = [...replies];
  const fetch: FetchLike = async (url, init) => {
    const headers = { ...(init.headers as Record<string, string>) };
    const body = init.body as string | FormData | undefined;
    const params: Record<string, string> = {};
    new URL(url).searchParams.forEach((v, k) => (params[k] = v));
    if (typeof body === 'string') new URLSearchParams(body).forEach((v, k) => (params[k] = v));
    if (body instanceof FormData) body.forEach((v, k) => (params[k] = typeof v === 'string' ? v : '[blob]'));
    const req: Recorded = { method: init.method ?? 'GET', url, headers, body, params };
    requests.push(req);
    const next = queue.shift();
    if (next === undefined) throw new Error(`fake fetch: no reply queued for ${url}`);
    const reply = typeof next === 'function' ? next(req) : next;
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { fetch, requests };
}

/** A JSON response. */
export const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(init.headers as Record<string, string>) },
  });

/** A fake clock and sleep that advance instantly and record waits. */
export function fakeClock(start = 1_700_000_000_000): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = start;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}

/** Node-style network failure as undici reports it. */
export function networkFailure(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code }) });
}
