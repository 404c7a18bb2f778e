import { mod, moduleOf, param, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { deprecatedParameterRemoved } from './deprecated-parameter-removed.js';

ruleCases(deprecatedParameterRemoved, [
  {
    name: 'deprecated parameter removed',
    base: snap(mod('query+revisions', { group: 'prop', prefix: 'rv' }, param('diffto', { deprecated: true }))),
    head: snap(mod('query+revisions', { group: 'prop', prefix: 'rv' })),
    expect: [{ parameter: 'rvdiffto', deprecationEnded: { since: 'the base snapshot' }, location: { snapshot: 'base', pointer: '/modules/0/parameters/0' } }],
  },
  { name: 'supported parameter removed', base: snap(mod('x', {}, param('a'))), head: snap(mod('x')), expect: [] },
  { name: 'deprecated parameter kept', base: snap(mod('x', {}, param('a', { deprecated: true }))), head: snap(mod('x', {}, param('a', { deprecated: true }))), expect: [] },
]);

realCase(deprecatedParameterRemoved, {
  name: 'rvdiffto (deprecated in 1.39) removed from prop=revisions',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    const module = moduleOf(head, 'query+revisions');
    module.parameters = module.parameters.filter((parameter) => parameter.name !== 'diffto');
  },
  expect: [{ parameter: 'rvdiffto', severity: 'warning' }],
});
