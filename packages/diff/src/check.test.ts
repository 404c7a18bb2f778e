import { describe, expect, it } from 'vitest';
import { checkSnapshots, failsAt } from './check.js';
import { NOW, mod, param, snap } from './__fixtures__/builders.js';
import { rules as registry } from './rules/index.js';
import type { Snapshot } from '@wikispec/snapshot';

const base = snap(
  mod('main', {}, param('format', { type: ['json'], submodules: { json: 'json' } })),
  mod('json', { group: 'format' }),
  mod('parse', { group: 'action', prefix: '' }, param('text'), param('prop', { multi: true, type: ['a', 'b', 'c'] }), param('useskin', { type: ['vector', 'monobook'] })),
  mod('query+allpages', { group: 'list', prefix: 'ap' }, param('from'), param('limit', { type: 'limit', default: 10 })),
);
const head = snap(
  mod('main', {}, param('format', { type: ['json'], submodules: { json: 'json' } })),
  mod('json', { group: 'format' }),
  mod('parse', { group: 'action', prefix: '', mustbeposted: true }, param('prop', { multi: true, type: ['a', 'd'] }), param('useskin', { type: ['vector'] })),
  mod('query+allpages', { group: 'list', prefix: 'ap' }, param('from', { required: true }), param('limit', { type: 'limit', default: 20 }), param('to')),
);

function withWiki(snapshot: Snapshot, wikiid: string): Snapshot {
  return { ...snapshot, wiki: { ...snapshot.wiki, wikiid, server: `https://${wikiid}.example` } };
}

describe('checkSnapshots', () => {
  it('returns findings in one total order: severity, module, parameter, rule, message', () => {
    const report = checkSnapshots(base, head, { now: NOW });
    expect(report.findings.map((f) => `${f.severity} ${f.module} ${f.parameter ?? '-'} ${f.rule} ${f.value ?? ''}`)).toEqual([
      'breaking parse - mustbeposted-added ',
      'breaking parse prop enum-value-removed b',
      'breaking parse prop enum-value-removed c',
      'breaking parse text parameter-removed ',
      'breaking parse useskin enum-value-removed monobook',
      'breaking query+allpages apfrom parameter-became-required ',
      'warning query+allpages aplimit limit-default-changed ',
      'info parse prop enum-value-added d',
      'info query+allpages apto parameter-added ',
    ]);
    expect(report.summary).toEqual({ verdict: 'major', counts: { breaking: 6, warning: 1, info: 2 }, configuration: { breaking: 0, warning: 0, info: 0 }, ignored: 0 });
    expect(report.differentWikis).toBe(false);
  });

  it('gives each finding a JSON pointer into the snapshot it names', () => {
    const report = checkSnapshots(base, head, { now: NOW });
    const removed = report.findings.find((f) => f.rule === 'parameter-removed');
    expect(removed?.location).toEqual({ snapshot: 'base', pointer: '/modules/2/parameters/0' });
    expect(base.modules[2]?.parameters[0]?.name).toBe('text');
  });

  it('is deterministic whatever order the rules run in', () => {
    const forward = checkSnapshots(base, head, { now: NOW });
    const reversed = checkSnapshots(base, head, { now: NOW, rules: [...registry].reverse() });
    expect(reversed.findings).toEqual(forward.findings);
  });

  it('reports configuration-dependent enums apart when the two snapshots are different wikis', () => {
    const report = checkSnapshots(withWiki(base, 'enwiki'), withWiki(head, 'dewiki'), { now: NOW });
    expect(report.differentWikis).toBe(true);
    const skin = report.findings.find((f) => f.parameter === 'useskin');
    expect(skin).toMatchObject({ origin: 'configuration', configurationSource: 'skins', severity: 'breaking' });
    expect(report.summary.configuration.breaking).toBe(1);
    expect(report.summary.counts.breaking).toBe(5);
    // The same change on one wiki is a code change.
    const sameWiki = checkSnapshots(withWiki(base, 'enwiki'), withWiki(head, 'enwiki'), { now: NOW });
    expect(sameWiki.findings.find((f) => f.parameter === 'useskin')).toMatchObject({ origin: 'code' });
    expect(sameWiki.findings.find((f) => f.parameter === 'useskin')).not.toHaveProperty('configurationSource');
  });

  it('configuration findings alone never fail the gate nor make a major verdict', () => {
    const b = withWiki(snap(mod('parse', {}, param('useskin', { type: ['vector', 'monobook'] }))), 'a');
    const h = withWiki(snap(mod('parse', {}, param('useskin', { type: ['vector'] }))), 'b');
    const report = checkSnapshots(b, h, { now: NOW });
    expect(report.findings).toHaveLength(1);
    expect(report.summary.verdict).toBe('patch');
    expect(failsAt(report, 'warning')).toBe(false);
  });

  it('applies ignore entries until they expire, and says which expired or matched nothing', () => {
    const ignore = [
      { rule: 'parameter-removed', module: 'parse', parameter: 'text', reason: 'moved to action=parse2', expires: '2026-06-15' },
      { rule: 'mustbeposted-added', module: 'parse', reason: 'we POST already', expires: '2026-06-14' },
      { rule: 'enum-value-removed', module: 'parse', reason: 'any value of any parameter' },
      { rule: 'module-removed', module: 'nothing', reason: 'stale' },
    ];
    const report = checkSnapshots(base, head, { now: NOW, ignore });
    expect(report.ignored.map(({ finding, reason }) => `${finding.rule} ${finding.parameter ?? ''} ${reason}`)).toEqual([
      'enum-value-removed prop any value of any parameter',
      'enum-value-removed prop any value of any parameter',
      'parameter-removed text moved to action=parse2',
      'enum-value-removed useskin any value of any parameter',
    ]);
    expect(report.findings.map((f) => f.rule)).toContain('mustbeposted-added');
    expect(report.ignoreNotices).toEqual([
      { entry: ignore[1], state: 'expired' },
      { entry: ignore[3], state: 'unused' },
    ]);
    expect(report.summary.ignored).toBe(4);
    // The next day the first entry has expired too.
    const later = checkSnapshots(base, head, { now: new Date('2026-06-16T00:00:00Z'), ignore });
    expect(later.findings.map((f) => f.rule)).toContain('parameter-removed');
  });

  it('verdicts: breaking -> major, warning or addition -> minor, otherwise patch', () => {
    expect(checkSnapshots(base, head, { now: NOW }).summary.verdict).toBe('major');
    expect(checkSnapshots(snap(mod('x')), snap(mod('x'), mod('y')), { now: NOW }).summary.verdict).toBe('minor');
    expect(checkSnapshots(snap(mod('x', {}, param('a'))), snap(mod('x', {}, param('a', { deprecated: true }))), { now: NOW }).summary.verdict).toBe('minor');
    expect(checkSnapshots(snap(mod('x', {}, param('a'))), snap(mod('x', {}, param('a', { sensitive: true }))), { now: NOW }).summary.verdict).toBe('patch');
  });

  it('labels snapshots without a MediaWiki version by the names the caller gives', () => {
    const report = checkSnapshots(snap(mod('x', { deprecated: true })), snap(), { now: NOW, labels: { base: 'old.json', head: 'new.json' } });
    expect(report.base).toEqual({ label: 'old.json' });
    expect(report.findings[0]?.deprecationEnded).toEqual({ since: 'old.json' });
    const versioned = { ...snap(mod('x')), wiki: { extensions: [], namespaces: [], mediawikiVersion: '1.39.17' } };
    expect(checkSnapshots(versioned, versioned, { now: NOW, labels: { base: 'old.json' } }).base.label).toBe('MediaWiki 1.39.17');
  });

  it('failsAt respects the level', () => {
    const report = checkSnapshots(snap(mod('x', {}, param('a'))), snap(mod('x', {}, param('a', { deprecated: true }))), { now: NOW });
    expect(failsAt(report, 'breaking')).toBe(false);
    expect(failsAt(report, 'warning')).toBe(true);
    expect(failsAt(report, 'never')).toBe(false);
  });
});
