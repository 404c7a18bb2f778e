// The api-watch workflow, run locally: examples/github-actions/api-watch.sh (the script the workflow's main step runs)
// against a real MediaWiki whose extensions are switched off and on between runs, in a throwaway git repository.
// Checks the changelog, the pull-request body (markdown diff), the outputs the PR step reads, and the exit codes.
//
// The toggled wiki: the full wiki's own data directory served on an extra port (8147) through a settings file that
// loads either wikispec-settings.php (every extension) or the bare LocalSettings.php (none), chosen by a mode file
// read on every request. $wgServer stays http://127.0.0.1:8139, so both modes are the same wiki to the diff.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localWikis } from '../support/wikis.js';

const wikis = localWikis();
const repo = fileURLToPath(new URL('../../', import.meta.url));
const script = join(repo, 'examples/github-actions/api-watch.sh');
const workflow = join(repo, 'examples/github-actions/api-watch.yml');
const bin = join(repo, 'packages/cli/dist/bin.js');
const work = join(repo, 'test-artifacts', 'workflow');
const fullData = join(process.env.WIKISPEC_WIKI_DIR ?? join(repo, '.wiki'), 'full');
const PORT = 8147;

describe('examples/github-actions/api-watch.yml', () => {
  it('runs on a schedule and on demand, runs scripts/api-watch.sh, and opens a PR with the diff as body', () => {
    const doc = parse(readFileSync(workflow, 'utf8'));
    expect(Object.keys(doc.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(doc.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(doc.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const steps: Array<Record<string, any>> = doc.jobs.watch.steps;
    const watch = steps.find((step) => step.id === 'watch');
    expect(watch?.run).toBe('bash scripts/api-watch.sh');
    const pr = steps.find((step) => String(step.uses).startsWith('peter-evans/create-pull-request@'));
    expect(pr?.if).toBe("always() && steps.watch.outputs.changed == 'true'");
    expect(pr?.with['body-path']).toBe('${{ runner.temp }}/api-watch/pr-body.md');
    expect(watch?.env.API_WATCH_OUT).toBe('${{ runner.temp }}/api-watch');
    expect(steps.indexOf(watch!)).toBeLessThan(steps.indexOf(pr!));
  });
});

describe.skipIf(!wikis || !existsSync(bin))('api-watch.sh against a wiki with extensions toggled', () => {
  let server: ChildProcess | undefined;
  const modeFile = join(work, 'mode');
  const project = join(work, 'repo');
  const out = join(work, 'out');

  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: project, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const run = (mode: 'on' | 'off') => {
    writeFileSync(modeFile, mode);
    const githubOutput = join(work, 'github-output');
    writeFileSync(githubOutput, '');
    const result = spawnSync('bash', [script], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, WIKISPEC: `${process.execPath} ${bin}`, API_WATCH_OUT: out, GITHUB_OUTPUT: githubOutput, CI: 'true' },
    });
    const read = (name: string) => (existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : '');
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      changed: read('changed').trim(),
      breaking: read('breaking').trim(),
      body: read('pr-body.md'),
      githubOutput: readFileSync(githubOutput, 'utf8'),
      changelog: existsSync(join(project, 'generated/local/CHANGELOG.md')) ? readFileSync(join(project, 'generated/local/CHANGELOG.md'), 'utf8') : '',
    };
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('-c', 'user.name=api-watch test', '-c', 'user.email=test@127.0.0.1', 'commit', '-q', '-m', message);
  };

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(project, { recursive: true });
    writeFileSync(modeFile, 'on');
    writeFileSync(
      join(work, 'toggle-settings.php'),
      `<?php
// wikispec workflow test: extensions on or off per request, chosen by the mode file.
if ( trim( (string)@file_get_contents( ${JSON.stringify(modeFile)} ) ) === 'off' ) {
  require ${JSON.stringify(join(fullData, 'LocalSettings.php'))};
  $wgMainCacheType = CACHE_NONE;
} else {
  require ${JSON.stringify(join(fullData, 'wikispec-settings.php'))};
}
`,
    );
    const url = `http://127.0.0.1:${PORT}/api.php?action=query&meta=siteinfo&format=json`;
    // A server left on the port (say, by an earlier run killed mid-way) would answer instead of ours and ignore the
    // mode file: refuse to run against it.
    if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${PORT} is already in use; stop whatever listens there`);
    // Its own process group, so teardown stops PHP's worker processes too, not only the parent.
    server = spawn('php', ['-S', `127.0.0.1:${PORT}`, '-t', '/usr/share/mediawiki'], {
      cwd: '/usr/share/mediawiki',
      env: { ...process.env, MW_CONFIG_FILE: join(work, 'toggle-settings.php'), PHP_CLI_SERVER_WORKERS: '2' },
      stdio: 'ignore',
      detached: true,
    });
    for (let attempt = 0; ; attempt++) {
      const ok = await fetch(url).then((response) => response.ok, () => false);
      if (ok) break;
      if (attempt > 100) throw new Error(`the toggled wiki did not answer on port ${PORT}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    writeFileSync(
      join(project, 'wikispec.config.json'),
      `${JSON.stringify({ userAgent: 'wikispec-e2e/1.0 (workflow.test.ts; 127.0.0.1)', wikis: [{ name: 'local', apiUrl: `http://127.0.0.1:${PORT}/api.php`, outputs: ['snapshot', 'openapi-json', 'docs', 'changelog'] }] }, null, 2)}\n`,
    );
    writeFileSync(join(project, '.gitignore'), '.api-watch/\n');
    git('init', '-q');
    commit('config');
  }, 120_000);

  afterAll(() => {
    if (server?.pid !== undefined) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });

  it('records the first snapshot, fails on extensions removed, passes when they return, and is quiet when nothing changed', () => {
    const first = run('on');
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    expect(first.changed).toBe('true');
    expect(first.breaking).toBe('false');
    expect(first.githubOutput).toBe('changed=true\nbreaking=false\n');
    expect(first.body).toMatch(/^## MediaWiki API changes/);
    expect(first.body).toMatch(/### local\n\n\*\*MediaWiki 1\.39\.17 \(snapshot [0-9a-f]{12}\)\*\*\n\nFirst snapshot: 142 modules, 1071 parameters/);
    commit('first snapshot');

    const off = run('off');
    expect(off.code, off.stderr).toBe(1);
    expect(off.changed).toBe('true');
    expect(off.breaking).toBe('true');
    expect(off.body).toContain('**Breaking changes.**');
    expect(off.body).toMatch(/\| `module-removed` \| `abusefiltercheckmatch` \|/);
    expect(off.body).not.toContain('First snapshot');
    expect(off.stdout).toMatch(/local: \d+ breaking API change\(s\) since the committed snapshot/);
    const offEntries = [...off.changelog.matchAll(/^## (.*)$/gm)];
    expect(offEntries).toHaveLength(2);
    expect(off.changelog.indexOf('module-removed')).toBeLessThan(off.changelog.indexOf('First snapshot'));
    expect(JSON.parse(readFileSync(join(project, 'generated/local/snapshot.json'), 'utf8')).modules).toHaveLength(121);
    expect(readFileSync(join(project, 'generated/site/local/changes.html'), 'utf8')).toContain('<summary>breaking (');
    commit('extensions off');

    const on = run('on');
    expect(on.code, on.stderr).toBe(0);
    expect(on.changed).toBe('true');
    expect(on.breaking).toBe('false');
    expect(on.body).toMatch(/\| `module-added` \| `abusefiltercheckmatch` \|/);
    expect([...on.changelog.matchAll(/^## (.*)$/gm)]).toHaveLength(3);
    commit('extensions on');

    const quiet = run('on');
    expect(quiet.code).toBe(0);
    expect(quiet.changed).toBe('false');
    expect(quiet.body).toBe('');
    expect(git('status', '--porcelain')).toBe('');
  });
});
