// The OpenAPI document in Swagger UI and Redoc, rendered by a real headless Chromium (Debian `chromium` +
// playwright-core). Pages come from a 127.0.0.1 static server; every request leaving 127.0.0.1 is blocked.
// The all-extensions capture's document (142 modules, 1.8 MB) is used. Swagger UI needs `docExpansion: 'none'` for
// it (with every tag expanded it did not finish within 4 minutes here); Redoc takes about a minute on a busy machine.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '@wikispec/snapshot';
import { serializeOpenApi, SWAGGER_UI_REQUEST_INTERCEPTOR, toOpenApi } from '@wikispec/openapi';

const root = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(root, 'test-artifacts', 'openapi-render');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);

const snapshot = parseSnapshot(readFileSync(join(root, 'test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json'), 'utf8'), { source: 'mw-1.39-full' });
const spec = serializeOpenApi(toOpenApi(snapshot), 'json');

const swaggerPage = `<!doctype html><html><head><meta charset="utf-8"><title>Swagger UI</title><link rel="stylesheet" href="/swagger-ui-dist/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/swagger-ui-dist/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: false, docExpansion: 'none', defaultModelsExpandDepth: -1, requestInterceptor: ${SWAGGER_UI_REQUEST_INTERCEPTOR} });</script></body></html>`;
const redocPage = `<!doctype html><html><head><meta charset="utf-8"><title>Redoc</title></head>
<body><redoc spec-url="/openapi.json"></redoc><script src="/redoc/redoc.standalone.js"></script></body></html>`;

const files: Record<string, { file?: string; body?: string; type: string }> = {
  '/swagger.html': { body: swaggerPage, type: 'text/html' },
  '/redoc.html': { body: redocPage, type: 'text/html' },
  '/openapi.json': { body: spec, type: 'application/json' },
  '/swagger-ui-dist/swagger-ui.css': { file: join(root, 'node_modules/swagger-ui-dist/swagger-ui.css'), type: 'text/css' },
  '/swagger-ui-dist/swagger-ui-bundle.js': { file: join(root, 'node_modules/swagger-ui-dist/swagger-ui-bundle.js'), type: 'text/javascript' },
  '/redoc/redoc.standalone.js': { file: join(root, 'node_modules/redoc/bundles/redoc.standalone.js'), type: 'text/javascript' },
};

describe.skipIf(!haveChromium)('OpenAPI document rendered in a headless browser', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  const blocked: string[] = [];
  const apiCalls: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = createServer((request, response) => {
      const entry = files[new URL(request.url ?? '/', 'http://x').pathname];
      if (entry === undefined) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': `${entry.type}; charset=utf-8` });
      response.end(entry.body ?? readFileSync(entry.file as string));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      if (url.hostname === '127.0.0.1' && url.port === '8139') {
        // The document's server: answer here (no CORS on the real wiki), recording what Swagger UI sent.
        apiCalls.push(url.href);
        return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{"batchcomplete":true,"query":{"allpages":[]}}' });
      }
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('Swagger UI shows the module operation and its parameters, and its requestInterceptor sends to api.php', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/swagger.html`);
    const tag = page.locator('h3[data-tag="query list"]');
    await tag.waitFor({ timeout: 180_000 });
    await tag.click();
    const summary = page.locator('.opblock-get .opblock-summary-path[data-path="/api.php/query/list/allpages"]');
    await summary.waitFor({ timeout: 90_000 });
    await summary.click();
    const block = page.locator('.opblock-get', { has: page.locator('.opblock-summary-path[data-path="/api.php/query/list/allpages"]') });
    const names = block.locator('.parameters .parameter__name');
    await names.first().waitFor();
    const text = (await names.allInnerTexts()).map((name) => name.replace(/\s*\*\s*$/, '').trim());
    expect(text).toEqual(expect.arrayContaining(['action', 'list', 'apfrom', 'aplimit', 'apnamespace', 'maxlag']));
    await block.locator('button.try-out__btn').click();
    await block.locator('tr[data-param-name="action"] input, tr[data-param-name="action"] select').first().waitFor();
    for (const [name, value] of [['action', 'query'], ['list', 'allpages']] as const) {
      const input = block.locator(`tr[data-param-name="${name}"] input[type="text"]`);
      if ((await input.count()) > 0) await input.fill(value);
      else await block.locator(`tr[data-param-name="${name}"] select`).selectOption(value);
    }
    await block.locator('button.execute').click();
    await block.locator('.responses-wrapper .live-responses-table, .responses-wrapper .response-col_status').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(artifacts, 'swagger-ui.png'), fullPage: false });
    expect(apiCalls.length).toBeGreaterThan(0);
    const sent = new URL(apiCalls.at(-1) as string);
    expect(sent.pathname).toBe('/api.php');
    expect(sent.searchParams.get('action')).toBe('query');
    expect(sent.searchParams.get('list')).toBe('allpages');
    expect(blocked).toEqual([]);
    await page.close();
  }, 360_000);

  it('Redoc shows the module operation and its parameters', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/redoc.html`);
    const operation = page.locator('[id="operation/query.allpages.get"]');
    await operation.waitFor({ timeout: 240_000, state: 'attached' });
    await operation.scrollIntoViewIfNeeded();
    await expect.poll(async () => operation.innerText(), { timeout: 30_000 }).toContain('aplimit');
    const text = await operation.innerText();
    expect(text).toContain('Enumerate all pages sequentially in a given namespace.');
    expect(text).toContain('apnamespace');
    expect(text).toContain('/api.php/query/list/allpages');
    await page.screenshot({ path: join(artifacts, 'redoc.png'), fullPage: false });
    // Redoc's "powered by" logo comes from a CDN: blocked, as everything leaving 127.0.0.1.
    expect(blocked.every((url) => url.startsWith('https://cdn.redoc.ly/'))).toBe(true);
    await page.close();
  }, 360_000);
});
