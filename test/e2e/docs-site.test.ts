// The docs site in a real headless Chromium (Debian `chromium` + playwright-core): built offline from the real
// captures, opened from disk (file://), one link followed, a module's parameters found on screen, and no request
// leaving the machine. Screenshots go to test-artifacts/docs-site/ (git-ignored).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@wikispec/cli';
import { fakeIo } from '../../packages/cli/src/testing/fake-io.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(repo, 'test-artifacts', 'docs-site');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);

describe.skipIf(!haveChromium)('docs site in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const fixtures = join(repo, 'test', 'fixtures', 'wikis');
    const outputs = ['snapshot', 'openapi-json', 'docs', 'changelog'];
    writeFileSync(
      join(artifacts, 'wikispec.config.json'),
      JSON.stringify({
        wikis: [
          { name: 'mw-1.39-core', snapshot: join(fixtures, 'mw-1.39-core', 'paraminfo-capture.json'), outputs },
          { name: 'mw-1.39-full', snapshot: join(fixtures, 'mw-1.39-full', 'paraminfo-capture.json'), outputs },
        ],
      }),
    );
    const io = fakeIo({ cwd: artifacts });
    const code = await main(['build', '--offline'], io);
    expect(io.err).not.toMatch(/error/);
    expect(code).toBe(0);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the index from disk, follows a link and shows a module\'s parameters, all offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const blocked: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    await page.goto(pathToFileURL(join(artifacts, 'generated', 'site', 'index.html')).href);
    const rows = page.locator('#wikis tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const fullRow = rows.filter({ hasText: 'mw-1.39-full' });
    expect((await fullRow.locator('td').allInnerTexts()).slice(0, 5)).toEqual(['mw-1.39-full', 'LocalWiki', '1.39.17', '142', '1071']);
    await page.screenshot({ path: join(artifacts, 'index.png'), fullPage: true });

    await fullRow.getByRole('link', { name: 'mw-1.39-full' }).click();
    await page.waitForURL(/mw-1\.39-full\/index\.html$/);
    // Tags start collapsed (a 142-module document renders in seconds that way): open "query list", then allpages.
    await page.locator('.opblock-tag', { hasText: 'query list' }).first().click({ timeout: 120_000 });
    const operation = page.locator('.opblock').filter({ has: page.locator('[data-path="/api.php/query/list/allpages"]') }).first();
    await operation.waitFor({ timeout: 60_000 });
    await operation.locator('.opblock-summary').first().click();
    const names = operation.locator('.parameters .parameter__name');
    await names.first().waitFor({ timeout: 60_000 });
    const parameterNames = (await names.allInnerTexts()).map((text) => (text.split('\n')[0] ?? '').replace(/\s*\*$/, '').trim());
    expect(parameterNames).toEqual(expect.arrayContaining(['action', 'list', 'apfrom', 'apnamespace', 'aplimit']));
    await operation.screenshot({ path: join(artifacts, 'allpages-parameters.png') });

    await page.goto(pathToFileURL(join(artifacts, 'generated', 'site', 'mw-1.39-full', 'changes.html')).href);
    await expect.poll(() => page.locator('section.entry h2').first().innerText()).toMatch(/^MediaWiki 1\.39\.17 \(snapshot [0-9a-f]{12}\)$/);
    await page.screenshot({ path: join(artifacts, 'changes.png'), fullPage: true });

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.some((url) => url.endsWith('/assets/swagger-ui/swagger-ui-bundle.js'))).toBe(true);
    await context.close();
  });
});
