// vitest globalSetup of the e2e project: makes sure the three local MediaWiki wikis run (scripts/wiki.sh), hands
// their api.php URLs to the tests (`inject('wikis')`, typed in test/support/wikis.ts) and, at teardown, stops the
// wikis this setup started (wikis that were already running are left running).
//
// Where PHP/MediaWiki are absent and cannot be installed (not root, not Debian), the e2e tests are skipped with a loud
// message, unless CI=true, where that is a failure. WIKISPEC_KEEP_WIKIS=1 keeps started wikis running after the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { LocalWikis, WikiCredentials } from '../support/wikis.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const wikiScript = fileURLToPath(new URL('../../scripts/wiki.sh', import.meta.url));
const names = ['core', 'full', 'writable'] as const;
type WikiName = (typeof names)[number];
const ports: Record<WikiName, number> = { core: 8138, full: 8139, writable: 8140 };
/** scripts/wiki.sh exits with 3 when MediaWiki cannot be provisioned on this machine. */
const EXIT_CANNOT_PROVISION = 3;

function wikiSh(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('bash', [wikiScript, ...args], { cwd: repoRoot, encoding: 'utf8' });
  if (result.error) return { status: EXIT_CANNOT_PROVISION, stdout: '', stderr: String(result.error) };
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

function runningWikis(): Set<WikiName> {
  const { stdout } = wikiSh('status', 'all');
  const running = new Set<WikiName>();
  for (const line of stdout.split('\n')) {
    const [name, state] = line.trim().split(/\s+/);
    if (state === 'running' && names.includes(name as WikiName)) running.add(name as WikiName);
  }
  return running;
}

function loud(message: string): void {
  const bar = '!'.repeat(100);
  process.stderr.write(`\n${bar}\n!! ${message.split('\n').join('\n!! ')}\n${bar}\n\n`);
}

export default function setup(project: TestProject): () => void {
  const before = runningWikis();
  const started = wikiSh('start', 'all');
  if (started.status !== 0) {
    const why = (started.stderr.trim().split('\n').filter(Boolean).pop() ?? `scripts/wiki.sh exited ${started.status}`).trim();
    if (started.status === EXIT_CANNOT_PROVISION && process.env.CI !== 'true') {
      loud(`E2E TESTS SKIPPED: the local MediaWiki is unavailable.\n${why}\nRun as root on Debian 12 (or install mediawiki + php) to run them; with CI=true this is a failure.`);
      project.provide('wikis', null);
      project.provide('wikisUnavailable', why);
      return () => {};
    }
    throw new Error(`cannot start the local MediaWiki wikis (scripts/wiki.sh start all, exit ${started.status}):\n${started.stderr}`);
  }
  const credentials = JSON.parse(
    readFileSync(join(process.env.WIKISPEC_WIKI_DIR ?? join(repoRoot, '.wiki'), 'writable', 'credentials.json'), 'utf8'),
  ) as WikiCredentials & { apiUrl?: string };
  const apiUrl = (name: WikiName) => `http://127.0.0.1:${ports[name]}/api.php`;
  const wikis: LocalWikis = {
    core: { apiUrl: apiUrl('core') },
    full: { apiUrl: apiUrl('full') },
    writable: {
      apiUrl: apiUrl('writable'),
      credentials: {
        username: credentials.username,
        password: credentials.password,
        botUsername: credentials.botUsername,
        botPassword: credentials.botPassword,
        grants: credentials.grants,
      },
    },
  };
  project.provide('wikis', wikis);
  project.provide('wikisUnavailable', '');
  return () => {
    if (process.env.WIKISPEC_KEEP_WIKIS === '1') return;
    for (const name of names) if (!before.has(name)) wikiSh('stop', name);
  };
}
