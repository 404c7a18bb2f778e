import { describe, expect, it } from 'vitest';
import { ProgressDisplay } from './progress.js';
import { formatBuildSummary } from './summary.js';

describe('ProgressDisplay', () => {
  it('prints plain log lines without a TTY (CI), with the time per wiki', () => {
    let out = '';
    let now = 1_000;
    const display = new ProgressDisplay((text) => (out += text), { tty: false, now: () => now });
    display.update('a', 'queued');
    display.update('a', 'fetch');
    now += 2_500;
    display.update('a', 'done');
    display.update('b', 'failed');
    display.finish();
    expect(out).toBe('wikispec: a: fetch\nwikispec: a: done (2.5 s)\nwikispec: b: failed (-)\n');
  });

  it('redraws one line per wiki on a TTY', () => {
    let out = '';
    const display = new ProgressDisplay((text) => (out += text), { tty: true, now: () => 0, redrawMs: 1_000_000 });
    display.update('alpha', 'queued');
    display.update('b', 'queued');
    out = '';
    display.update('b', 'openapi');
    expect(out).toBe('\x1b[2A\x1b[2K· alpha  queued\n\x1b[2K… b      openapi -\n');
    display.finish();
  });
});

describe('formatBuildSummary', () => {
  it('lists failures with their step and reason', () => {
    const text = formatBuildSummary([{ name: 'gone', ok: false, step: 'fetch', error: new Error('connect ECONNREFUSED 127.0.0.1:9\nmore') }]);
    expect(text).toBe('wiki  status  MediaWiki  modules  parameters  API changes  files written\ngone  FAILED  -          -        -           -            fetch: connect ECONNREFUSED 127.0.0.1:9\n\n0 of 1 wikis built, 1 failed.\n');
  });
});
