import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actionModules,
  apiHelpUrl,
  childModules,
  enumValues,
  expandTemplatedName,
  indexModules,
  multiValueLimits,
  parentPath,
  parseSnapshot,
  submoduleEdges,
  tokenParameter,
  valueKind,
  wireName,
} from './index.js';

const snapshot = parseSnapshot(readFileSync(new URL('../../../test/fixtures/wikis/mw-1.39-full/paraminfo-capture.json', import.meta.url), 'utf8'));
const modules = indexModules(snapshot);
const module = (path: string) => {
  const found = modules.get(path);
  if (!found) throw new Error(`no module ${path}`);
  return found;
};
const parameter = (path: string, name: string) => {
  const found = module(path).parameters.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no parameter ${path}/${name}`);
  return found;
};

describe('snapshot helpers on the real capture', () => {
  it('builds wire names from the module prefix', () => {
    expect(wireName(module('query+allpages'), parameter('query+allpages', 'limit'))).toBe('aplimit');
    expect(wireName(module('parse'), parameter('parse', 'page'))).toBe('page');
  });

  it('classifies value kinds', () => {
    expect(valueKind(parameter('query+allpages', 'limit'))).toBe('limit');
    expect(valueKind(parameter('query+allpages', 'filterredir'))).toBe('enum');
    expect(enumValues(parameter('query+allpages', 'filterredir'))).toEqual(['all', 'nonredirects', 'redirects']);
    expect(valueKind(parameter('edit', 'basetimestamp'))).toBe('timestamp');
    expect(valueKind({ type: 'somethingnew' })).toBe('unknown');
  });

  it('gives value-count limits of multi-value parameters', () => {
    expect(multiValueLimits(parameter('query', 'titles'))).toEqual({ lowlimit: 50, highlimit: 500 });
    expect(multiValueLimits(parameter('query+allpages', 'from'))).toBeUndefined();
  });

  it('finds token parameters and their type', () => {
    expect(tokenParameter(module('edit'))?.tokentype).toBe('csrf');
    expect(tokenParameter(module('rollback'))?.tokentype).toBe('rollback');
    expect(tokenParameter(module('parse'))).toBeUndefined();
  });

  it('walks the module tree', () => {
    expect(parentPath('query+allpages')).toBe('query');
    expect(parentPath('parse')).toBe('main');
    expect(parentPath('main')).toBeUndefined();
    expect(actionModules(snapshot).map((action) => action.path)).toContain('parse');
    expect(childModules(snapshot, 'query', 'list').map((list) => list.path)).toContain('query+allpages');
    const generators = submoduleEdges(module('query')).filter((edge) => edge.parameter === 'generator');
    expect(generators.length).toBeGreaterThan(10);
    expect(generators.every((edge) => module(edge.path).generator === true)).toBe(true);
  });

  it('expands templated names and links to the wiki help', () => {
    expect(expandTemplatedName({ name: 'fromtext-{slot}' }, { slot: 'main' })).toBe('fromtext-main');
    expect(apiHelpUrl(snapshot, 'query+allpages')).toBe('http://127.0.0.1:8139/index.php/Special:ApiHelp/query%2Ballpages');
  });
});
