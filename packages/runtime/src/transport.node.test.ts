// Network failures as Node's real fetch (undici) reports them, against servers on 127.0.0.1: the transport must classify
// them by kind without an injected fetch. No waits: one attempt each, short timeouts.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError } from './errors.js';
import { createTransport } from './transport.js';

const servers: { close(): unknown }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

const listen = async (server: Server | ReturnType<typeof createNetServer>): Promise<number> => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

const once = (apiUrl: string, timeoutMs = 5000) =>
  createTransport({ apiUrl, userAgent: 'wikispec-test/1', timeoutMs, retry: { maxAttempts: 1 } }).call({ action: 'query' });

describe('real network failures', () => {
  it('classifies a refused connection', async () => {
    const port = await listen(createNetServer());
    servers.pop()?.close();
    await new Promise((r) => setTimeout(r, 10));
    const error = await once(`http://127.0.0.1:${port}/api.php`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: 'refused' });
  });

  it('classifies a reset connection', async () => {
    const port = await listen(createNetServer((socket) => socket.resetAndDestroy()));
    const error = await once(`http://127.0.0.1:${port}/api.php`).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', kind: 'reset' });
  });

  it('times out a body that drips too slowly', async () => {
    const port = await listen(
      createHttpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"batchcomplete":');
        // never finishes
      }),
    );
    const error = await once(`http://127.0.0.1:${port}/api.php`, 50).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', kind: 'timeout' });
  });

  it('sends User-Agent, Api-User-Agent and cookies over real HTTP', async () => {
    let seen: Record<string, string | string[] | undefined> = {};
    const port = await listen(
      createHttpServer((req, res) => {
        seen = req.headers;
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'wiki_session=s1; path=/; HttpOnly' });
        res.end('{"query":{}}');
      }),
    );
    const { createCookieJar } = await import('./cookies.js');
    const apiUrl = `http://127.0.0.1:${port}/api.php`;
    const transport = createTransport({ apiUrl, userAgent: 'wikispec-test/1', cookies: createCookieJar(apiUrl) });
    await transport.call({ action: 'query' });
    await transport.call({ action: 'query' });
    expect(seen['user-agent']).toBe('wikispec-test/1');
    expect(seen['api-user-agent']).toBe('wikispec-test/1');
    expect(seen.cookie).toBe('wiki_session=s1');
  });
});
