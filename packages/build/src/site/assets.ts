import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BuildFile } from '../stages.js';

const require = createRequire(import.meta.url);

/** Files copied from swagger-ui-dist into `assets/` once for the whole site (never per wiki). */
const SWAGGER_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE'] as const;

const SITE_CSS = `body { font-family: system-ui, sans-serif; margin: 0; color: #202122; }
header.site { background: #202122; color: #fff; padding: 0.6rem 1.2rem; }
header.site a { color: #fff; }
main { padding: 1rem 1.2rem; max-width: 72rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #c8ccd1; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #eaecf0; }
code { background: #f8f9fa; padding: 0 0.2rem; }
nav.wiki a { margin-right: 1rem; }
.muted { color: #54595d; }
`;

const WIKI_PAGE_JS = `// Renders the embedded OpenAPI document (window.WIKISPEC_SPEC, from openapi.js) with Swagger UI; no network.
window.addEventListener('DOMContentLoaded', function () {
  window.ui = SwaggerUIBundle({
    spec: window.WIKISPEC_SPEC,
    dom_id: '#swagger-ui',
    deepLinking: false,
    docExpansion: 'none',
    defaultModelsExpandDepth: -1,
    validatorUrl: null,
    supportedSubmitMethods: [],
    filter: true,
  });
});
`;

let swaggerCache: Promise<BuildFile[]> | undefined;

/** The shared `assets/` files: Swagger UI from swagger-ui-dist, the site stylesheet and the page script. */
export async function siteAssets(): Promise<BuildFile[]> {
  swaggerCache ??= (async () => {
    const directory = dirname(require.resolve('swagger-ui-dist/package.json'));
    return Promise.all(
      SWAGGER_FILES.map(async (name) => ({ path: `assets/swagger-ui/${name}`, contents: new Uint8Array(await readFile(join(directory, name))) })),
    );
  })();
  const swagger = await swaggerCache;
  return [...swagger, { path: 'assets/site.css', contents: SITE_CSS }, { path: 'assets/wiki-page.js', contents: WIKI_PAGE_JS }];
}
