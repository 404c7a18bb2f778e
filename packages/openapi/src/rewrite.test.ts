import { describe, expect, it } from 'vitest';
import { apiPhpMiddleware, rewriteToApiPhp, SWAGGER_UI_REQUEST_INTERCEPTOR, swaggerUiRequestInterceptor } from './rewrite.js';

describe('rewriteToApiPhp', () => {
  it.each([
    ['http://127.0.0.1:8139/api.php/query/list/allpages?action=query&list=allpages', 'http://127.0.0.1:8139/api.php?action=query&list=allpages'],
    ['https://en.wikipedia.org/w/api.php/parse?action=parse&page=X', 'https://en.wikipedia.org/w/api.php?action=parse&page=X'],
    ['https://w.example/api.php/%24ref?action=%24ref', 'https://w.example/api.php?action=%24ref'],
    ['https://w.example/api.php?action=query', 'https://w.example/api.php?action=query'],
    ['https://w.example/index.php/Main_Page', 'https://w.example/index.php/Main_Page'],
  ])('%s', (given, want) => {
    expect(rewriteToApiPhp(given)).toBe(want);
  });

  it('rewrites openapi-fetch requests and keeps method, headers and body', async () => {
    const request = new Request('http://127.0.0.1:8139/api.php/edit?action=edit', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'title=A&token=%2B%5C' });
    const rewritten = apiPhpMiddleware.onRequest({ request });
    expect(rewritten.url).toBe('http://127.0.0.1:8139/api.php?action=edit');
    expect(rewritten.method).toBe('POST');
    expect(rewritten.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(await rewritten.text()).toBe('title=A&token=%2B%5C');
  });

  it('rewrites Swagger UI requests, in the module and in the standalone snippet', () => {
    expect(swaggerUiRequestInterceptor({ url: 'http://h/api.php/parse?action=parse' }).url).toBe('http://h/api.php?action=parse');
    const snippet = new Function('window', `return (${SWAGGER_UI_REQUEST_INTERCEPTOR});`)({ location: { href: 'http://h/' } }) as (request: { url: string }) => { url: string };
    expect(snippet({ url: 'http://h/api.php/query/list/allpages?action=query' }).url).toBe('http://h/api.php?action=query');
    expect(snippet({ url: '/api.php/parse?action=parse' }).url).toBe('http://h/api.php?action=parse');
  });
});
