import { readFileSync } from 'node:fs';
import { parseSnapshot, type Snapshot } from '@wikispec/snapshot';
import { describe, expect, it } from 'vitest';
import { checkSnapshots, failsAt } from './check.js';
import { NOW, ROOT, realSnapshot } from './__fixtures__/builders.js';

function load(relative: string): Snapshot {
  return parseSnapshot(readFileSync(`${ROOT}test/fixtures/${relative}`, 'utf8'), { source: relative });
}

const summarize = (snapshotA: Snapshot, snapshotB: Snapshot) =>
  checkSnapshots(snapshotA, snapshotB, { now: NOW }).findings.map((f) => [f.severity, f.rule, f.module, f.parameter ?? '', f.value ?? ''].join(' '));

describe('real captures of MediaWiki 1.39', () => {
  const core = load('wikis/mw-1.39-core/paraminfo-capture.json');
  const full = realSnapshot();

  it('core -> every extension reports only additions (info)', () => {
    const report = checkSnapshots(core, full, { now: NOW });
    expect(report.findings.length).toBeGreaterThan(100);
    expect(new Set(report.findings.map((finding) => finding.severity))).toEqual(new Set(['info']));
    expect(new Set(report.findings.map((finding) => finding.rule))).toEqual(new Set(['enum-value-added', 'module-added', 'namespace-added', 'parameter-added']));
    // Gadgets, Scribunto, … add namespaces (Module 828/829, Gadget 2300, …).
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'namespace-added', value: '828' }));
    expect(report.summary.verdict).toBe('minor');
    // 21 extension modules appear; their values in main.action / query.list are not reported twice.
    expect(report.findings.filter((finding) => finding.rule === 'module-added')).toHaveLength(21);
    expect(report.findings.some((finding) => finding.module === 'main' && finding.parameter === 'action')).toBe(false);
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'enum-value-added', module: 'changecontentmodel', parameter: 'model', value: 'Scribunto' }));
    expect(failsAt(report, 'warning')).toBe(false);
  });

  it('full -> core (extensions uninstalled) is breaking', () => {
    const report = checkSnapshots(full, core, { now: NOW });
    expect(report.summary.verdict).toBe('major');
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'module-removed', module: 'query+abusefilters', severity: 'breaking' }));
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'namespace-removed', value: '2300', origin: 'code' }));
    // The internal extension modules go as info, not as surprises.
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'internal-module-removed', module: 'visualeditoredit' }));
  });

  it('full -> core as two different wikis: configuration-dependent enums are reported apart', () => {
    const otherWiki = { ...core, wiki: { ...core.wiki, wikiid: 'otherwiki', server: 'https://other.example' } };
    const report = checkSnapshots(full, otherWiki, { now: NOW });
    expect(report.differentWikis).toBe(true);
    const configuration = report.findings.filter((finding) => finding.origin === 'configuration');
    // Content models of Scribunto/Gadgets, skins, change tags of AbuseFilter, log types, special pages, rights and
    // the extension namespaces differ between the two installs; none of that is an API change.
    expect(new Set(configuration.map((finding) => finding.configurationSource))).toEqual(
      new Set(['change tags', 'content models', 'log types', 'namespaces', 'skins', 'special pages', 'user rights']),
    );
    expect(configuration).toContainEqual(expect.objectContaining({ rule: 'enum-value-removed', module: 'parse', parameter: 'contentmodel', value: 'Scribunto' }));
    expect(report.summary.configuration.breaking).toBe(configuration.filter((finding) => finding.severity === 'breaking').length);
    // Modules that went with the extensions are still code changes.
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'module-removed', module: 'query+abusefilters', origin: 'code' }));
    expect(report.summary.counts.breaking).toBe(report.findings.filter((f) => f.origin === 'code' && f.severity === 'breaking').length);
    expect(report.summary.counts.breaking).toBeLessThan(checkSnapshots(full, core, { now: NOW }).summary.counts.breaking);
  });

  it('a snapshot against itself reports nothing', () => {
    const report = checkSnapshots(full, full, { now: NOW, includeDocs: true });
    expect(report.findings).toEqual([]);
    expect(report.summary.verdict).toBe('patch');
  });

  it('the same wiki with help text, examples, help URLs and class names edited reports nothing at --fail-on warning', () => {
    const edited = structuredClone(full);
    for (const module of edited.modules) {
      module.description = `${module.description} (edited)`;
      module.examples = [];
      module.helpurls = ['https://example.org/help'];
      module.classname = `MediaWiki\\Api\\${module.classname ?? ''}`;
      module.licenselink = 'https://example.org/licence';
      for (const parameter of module.parameters) {
        parameter.description = `Edited: ${parameter.description}`;
        parameter.index += 1;
      }
    }
    const report = checkSnapshots(full, edited, { now: NOW });
    expect(report.findings).toEqual([]);
    expect(failsAt(report, 'warning')).toBe(false);
    // With --include-docs the edits show up, as info only.
    const withDocs = checkSnapshots(full, edited, { now: NOW, includeDocs: true });
    expect(withDocs.findings.length).toBeGreaterThan(1000);
    expect(new Set(withDocs.findings.map((finding) => finding.rule))).toEqual(new Set(['help-text-changed']));
  });
});

describe('public excerpts of MediaWiki 1.39.17 and 1.46.0 (bearbin-mw-core-versions)', () => {
  const v139 = load('public-snapshots/bearbin-mw-core-versions/1.39/paraminfo-response.json');
  const v146 = load('public-snapshots/bearbin-mw-core-versions/1.46/paraminfo-response.json');

  it('1.39 -> 1.46 gives the findings a person expects', () => {
    expect(summarize(v139, v146)).toEqual([
      // MediaWiki 1.46 declares min 0 on the cache max-age parameters: negative values are now clamped with a warning.
      'warning min-raised main maxage ',
      'warning min-raised main smaxage ',
      // New action module for temporary accounts (in the excerpt).
      'info module-added acquiretempusername  ',
      // action=block gained partial-block action restrictions, block ids and the multiblocks "newblock" switch.
      'info parameter-added block actionrestrictions ',
      'info parameter-added block id ',
      'info parameter-added block newblock ',
      // Temporary accounts: user parameters also accept "temp" names (widening, not breaking).
      'info type-widened block user ',
      // The Vue content model is new in core.
      'info enum-value-added changecontentmodel model vue',
      // A new action module the excerpt does not include, so it is reported as a new value of main.action.
      'info enum-value-added main action languagesearch',
      'info type-widened main assertuser ',
      // New CORS parameter of the main module.
      'info parameter-added main crossorigin ',
      // New query modules the excerpt does not include.
      'info enum-value-added query generator trackingcategories',
      'info enum-value-added query list codexicons',
      'info enum-value-added query list trackingcategories',
    ]);
    // acquiretempusername is in the excerpt, so its main.action value is not reported a second time; namespaced
    // class names (MediaWiki 1.43+), new help URLs of checktoken and shifted indexes are noise.
    const report = checkSnapshots(v139, v146, { now: NOW });
    expect(report.summary.verdict).toBe('minor');
    expect(failsAt(report, 'breaking')).toBe(false);
    expect(failsAt(report, 'warning')).toBe(true);
  });

  it('1.46 -> 1.39 (a downgrade) is breaking for exactly the reverse changes', () => {
    expect(summarize(v146, v139)).toEqual([
      'breaking module-removed acquiretempusername  ',
      // Values of enums lost (the excerpt lacks these modules, so the value rule reports them).
      'breaking enum-value-removed changecontentmodel model vue',
      'breaking enum-value-removed main action languagesearch',
      'breaking type-narrowed main assertuser ',
      'breaking enum-value-removed query generator trackingcategories',
      'breaking enum-value-removed query list codexicons',
      'breaking enum-value-removed query list trackingcategories',
      'breaking parameter-removed block actionrestrictions ',
      'breaking parameter-removed block id ',
      'breaking parameter-removed block newblock ',
      'breaking type-narrowed block user ',
      'breaking parameter-removed main crossorigin ',
      // The min 0 of the cache max-age parameters goes again.
      'info range-relaxed main maxage ',
      'info range-relaxed main smaxage ',
    ].sort(orderLikeReport));
  });

  it('1.46 core -> mediawiki.org 1.47-wmf (main module only)', () => {
    const org = load('public-snapshots/bearbin-mw-core-versions/org-1.47/paraminfo-response.json');
    const mainOnly = { ...v146, modules: v146.modules.filter((module) => module.path === 'main') };
    const report = checkSnapshots(mainOnly, org, { now: NOW });
    const notable = report.findings.filter((finding) => finding.rule !== 'enum-value-added');
    expect(notable.map((f) => [f.severity, f.rule, f.parameter ?? '', f.value ?? ''].join(' '))).toEqual([
      // Wikimedia wikis do not offer the php formats: a real break for a bot moving from a core install to them.
      'breaking enum-value-removed format php',
      'breaking enum-value-removed format phpfm',
      // CentralAuth adds a sensitive token parameter.
      'info parameter-added centralauthtoken ',
    ]);
    // ~97 extension action modules appear as new values of main.action.
    expect(report.findings.filter((f) => f.rule === 'enum-value-added' && f.parameter === 'action').length).toBeGreaterThan(90);
  });
});

/** Orders summary lines the way the report orders findings (severity, module, parameter, rule). */
function orderLikeReport(a: string, b: string): number {
  const key = (line: string) => {
    const [severity, rule, module, parameter, value] = line.split(' ');
    return [['breaking', 'warning', 'info'].indexOf(severity ?? ''), module, parameter, rule, value].join('\u0000');
  };
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
