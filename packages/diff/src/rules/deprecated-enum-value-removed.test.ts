import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { deprecatedEnumValueRemoved } from './deprecated-enum-value-removed.js';

ruleCases(deprecatedEnumValueRemoved, [
  {
    name: 'deprecated value removed',
    base: snap(mod('query+info', { group: 'prop', prefix: 'in' }, param('prop', { multi: true, type: ['protection', 'readable'], deprecatedvalues: ['readable'] }))),
    head: snap(mod('query+info', { group: 'prop', prefix: 'in' }, param('prop', { multi: true, type: ['protection'] }))),
    expect: [{ parameter: 'inprop', value: 'readable', deprecationEnded: { since: 'the base snapshot' } }],
  },
  { name: 'supported value removed', base: snap(mod('x', {}, param('a', { type: ['a', 'b'] }))), head: snap(mod('x', {}, param('a', { type: ['a'] }))), expect: [] },
  { name: 'deprecated value kept', base: snap(mod('x', {}, param('a', { type: ['a', 'b'], deprecatedvalues: ['b'] }))), head: snap(mod('x', {}, param('a', { type: ['a', 'b'], deprecatedvalues: ['b'] }))), expect: [] },
]);

realCase(deprecatedEnumValueRemoved, {
  name: 'rvprop=parsetree (deprecated in 1.39) removed',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    const prop = paramOf(moduleOf(head, 'query+revisions'), 'prop');
    prop.type = (prop.type as string[]).filter((value) => value !== 'parsetree');
    delete prop.deprecatedvalues;
  },
  expect: [{ parameter: 'rvprop', value: 'parsetree', severity: 'warning' }],
});
