import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { multiValueLimitLowered } from './multi-value-limit-lowered.js';

ruleCases(multiValueLimitLowered, [
  { name: 'lowlimit lowered', base: snap(mod('query', { group: 'action' }, param('titles', { multi: true, lowlimit: 50, highlimit: 500 }))), head: snap(mod('query', { group: 'action' }, param('titles', { multi: true, lowlimit: 20, highlimit: 500 }))), expect: [{ parameter: 'titles', before: { lowlimit: 50, highlimit: 500 }, after: { lowlimit: 20, highlimit: 500 }, message: 'Multi-value parameter titles of action=query accepts fewer values: lowlimit 50 -> 20.' }] },
  { name: 'highlimit lowered from the default', base: snap(mod('x', {}, param('a', { multi: true }))), head: snap(mod('x', {}, param('a', { multi: true, highlimit: 100 }))), expect: [{ parameter: 'a', location: { snapshot: 'head', pointer: '/modules/0/parameters/0/highlimit' } }] },
  { name: 'limits raised', base: snap(mod('x', {}, param('a', { multi: true, lowlimit: 50, highlimit: 500 }))), head: snap(mod('x', {}, param('a', { multi: true, lowlimit: 100, highlimit: 1000 }))), expect: [] },
  { name: 'single-value parameter', base: snap(mod('x', {}, param('a', { lowlimit: 50 }))), head: snap(mod('x', {}, param('a', { lowlimit: 10 }))), expect: [] },
]);

realCase(multiValueLimitLowered, {
  name: 'titles of action=query accepts fewer values',
  modules: ['query'],
  edit: (_base, head) => {
    const titles = paramOf(moduleOf(head, 'query'), 'titles');
    titles.lowlimit = 10;
    titles.highlimit = 100;
  },
  expect: [{ parameter: 'titles', severity: 'breaking', message: 'Multi-value parameter titles of action=query accepts fewer values: lowlimit 50 -> 10, highlimit 500 -> 100.' }],
});
