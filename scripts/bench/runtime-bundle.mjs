#!/usr/bin/env node
// Minified + gzipped size of a browser bundle that makes one API call with @wikispec/runtime (target: under 4 KB),
// beside openapi-fetch's one-call bundle built the same way in the same run.
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runtime = fileURLToPath(new URL('../../packages/runtime/src/index.ts', import.meta.url));

// The module call table a generated client for the all-extensions 1.39 wiki passes (token types from paraminfo's
// `tokentype`, shorthand string where the token travels in `token`), so the size includes what codegen adds.
const capture = JSON.parse(readFileSync(new URL('../../test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json', import.meta.url), 'utf8'));
const table = {};
for (const m of capture.paraminfo.modules) {
  if (m.path.includes('+')) continue;
  const tokenParam = (m.parameters ?? []).find((p) => p.tokentype);
  if (tokenParam) {
    const wire = (m.prefix ?? '') + tokenParam.name;
    table[m.path] = wire === 'token' ? tokenParam.tokentype : { tokenType: tokenParam.tokentype, tokenParam: wire };
  } else if (m.mustbeposted) table[m.path] = { mustBePosted: true };
}
table.login = { tokenType: 'login', tokenParam: 'lgtoken' };

const cases = [
  {
    name: 'openapi-fetch: createClient + one GET (baseline)',
    code: `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://en.wikipedia.org/w' });
client.GET('/api.php', { params: { query: { action: 'query' } } }).then(console.log);`,
  },
  {
    name: '@wikispec/runtime: createApiClient + one request',
    code: `import { createApiClient } from ${JSON.stringify(runtime)};
const client = createApiClient({ apiUrl: 'https://en.wikipedia.org/w/api.php', userAgent: 'bench/1.0' });
client.request({ action: 'query' }).then(console.log);`,
  },
  {
    name: `@wikispec/runtime: createApiClient with a ${Object.keys(table).length}-module token table + one request`,
    code: `import { createApiClient } from ${JSON.stringify(runtime)};
const client = createApiClient({ apiUrl: 'https://en.wikipedia.org/w/api.php', userAgent: 'bench/1.0', modules: ${JSON.stringify(table)} });
client.request({ action: 'query' }).then(console.log);`,
  },
  {
    name: '@wikispec/runtime: core + continueQuery + login/clientLogin/logout wired as methods + one request',
    code: `import { createApiClient, continueQuery, login, clientLogin, logout } from ${JSON.stringify(runtime)};
const core = createApiClient({ apiUrl: 'https://en.wikipedia.org/w/api.php', userAgent: 'bench/1.0' });
const client = { request: (p) => core.request(p), continue: (p) => continueQuery(core, p), login: (c) => login(core, c),
  clientLogin: (c) => clientLogin(core, c), logout: () => logout(core) };
client.request({ action: 'query' }).then(console.log);`,
  },
  {
    name: '@wikispec/runtime: createTransport + one call',
    code: `import { createTransport } from ${JSON.stringify(runtime)};
const t = createTransport({ apiUrl: 'https://en.wikipedia.org/w/api.php', userAgent: 'bench/1.0' });
t.call({ action: 'query' }).then(console.log);`,
  },
  {
    name: '@wikispec/runtime: everything (login, continuation, upload)',
    code: `import * as all from ${JSON.stringify(runtime)};
console.log(all);`,
  },
];

async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const rows = [];
for (const c of cases) rows.push({ ...c, ...(await measure(c.code)) });
const baseline = rows[0].gzip;
const lines = [
  '## Runtime bundle size (one call, esbuild --bundle --minify, gzip -9)',
  '',
  '| Bundle | minified | gzipped | vs openapi-fetch |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.min} B | ${r.gzip} B | ${(r.gzip / baseline).toFixed(2)}x |`),
  '',
  `Target: the createApiClient one-call bundle under 4096 B gzipped: ${rows[1].gzip < 4096 ? 'met' : 'NOT met'} (${rows[1].gzip} B).`,
  '',
];
const md = lines.join('\n');
console.log(md);
if (process.env.BENCH_MD) appendFileSync(process.env.BENCH_MD, `${md}\n`);
