import type { ApiTemplatedParameter } from '@wikispec/snapshot';
import { mod, moduleOf, paramOf, realCase, ruleCases, snap, templated } from '../__fixtures__/builders.js';
import { templateVarsChanged } from './template-vars-changed.js';

ruleCases(templateVarsChanged, [
  {
    name: 'template variable source changed',
    base: snap(mod('compare', { group: 'action', templatedparameters: [templated('fromtext-{slot}', { slot: 'fromslots' })] })),
    head: snap(mod('compare', { group: 'action', templatedparameters: [templated('fromtext-{slot}', { slot: 'toslots' })] })),
    expect: [{ parameter: 'fromtext-{slot}', before: { slot: 'fromslots' }, after: { slot: 'toslots' }, location: { snapshot: 'head', pointer: '/modules/0/templatedparameters/0/templatevars' } }],
  },
  { name: 'same variables', base: snap(mod('compare', { templatedparameters: [templated('t-{s}', { s: 'a' })] })), head: snap(mod('compare', { templatedparameters: [templated('t-{s}', { s: 'a' })] })), expect: [] },
]);

realCase(templateVarsChanged, {
  name: 'fromtext-{slot} of action=compare expands from toslots',
  modules: ['compare'],
  edit: (_base, head) => {
    (paramOf(moduleOf(head, 'compare'), 'fromtext-{slot}') as ApiTemplatedParameter).templatevars = { slot: 'toslots' };
  },
  expect: [{ module: 'compare', parameter: 'fromtext-{slot}', severity: 'breaking' }],
});
