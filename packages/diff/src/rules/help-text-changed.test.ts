import { describe, expect, it } from 'vitest';
import { checkSnapshots } from '../check.js';
import { NOW, mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { helpTextChanged } from './help-text-changed.js';

ruleCases(helpTextChanged, [
  { name: 'module help changed', base: snap(mod('x', { description: 'Old.' })), head: snap(mod('x', { description: 'New.' })), expect: [{ module: 'x', before: 'Old.', after: 'New.' }] },
  { name: 'parameter help changed', base: snap(mod('x', { prefix: 'p' }, param('a', { description: 'Old.' }))), head: snap(mod('x', { prefix: 'p' }, param('a', { description: 'New.' }))), expect: [{ parameter: 'pa' }] },
  { name: 'examples and help URLs are noise', base: snap(mod('x', { helpurls: ['a'], examples: [{ query: 'a', description: 'b' }] })), head: snap(mod('x')), expect: [] },
]);

describe('help-text-changed without --include-docs', () => {
  it('does not run', () => {
    const report = checkSnapshots(snap(mod('x', { description: 'Old.' })), snap(mod('x', { description: 'New.' })), { rules: [helpTextChanged], now: NOW });
    expect(report.findings).toEqual([]);
  });
});

realCase(helpTextChanged, {
  name: 'help of list=allpages and apfrom edited',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    const module = moduleOf(head, 'query+allpages');
    module.description = 'Edited.';
    paramOf(module, 'from').description = 'Edited.';
  },
  expect: [{ module: 'query+allpages', message: 'Help text of list=allpages (query+allpages) changed.' }, { parameter: 'apfrom' }],
});
