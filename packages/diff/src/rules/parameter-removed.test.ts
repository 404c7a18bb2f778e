import { mod, moduleOf, param, realCase, ruleCases, snap, templated } from '../__fixtures__/builders.js';
import { parameterRemoved } from './parameter-removed.js';

ruleCases(parameterRemoved, [
  {
    name: 'parameter removed, wire name in the message',
    base: snap(mod('query+allpages', { group: 'list', prefix: 'ap' }, param('from'), param('filterlanglinks'))),
    head: snap(mod('query+allpages', { group: 'list', prefix: 'ap' }, param('from'))),
    expect: [{ module: 'query+allpages', parameter: 'apfilterlanglinks', location: { snapshot: 'base', pointer: '/modules/0/parameters/1' }, message: 'Parameter apfilterlanglinks of list=allpages (query+allpages) was removed; the module now ignores it.' }],
  },
  {
    name: 'templated parameter removed',
    base: snap(mod('compare', { templatedparameters: [templated('fromtext-{slot}', { slot: 'fromslots' })] })),
    head: snap(mod('compare')),
    expect: [{ parameter: 'fromtext-{slot}', location: { snapshot: 'base', pointer: '/modules/0/templatedparameters/0' } }],
  },
  { name: 'deprecated parameter removed is another rule', base: snap(mod('x', {}, param('old', { deprecated: true }))), head: snap(mod('x')), expect: [] },
  { name: 'parameter kept', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a'))), expect: [] },
  { name: 'module removed with its parameters is module-removed', base: snap(mod('x', {}, param('a'))), head: snap(), expect: [] },
]);

realCase(parameterRemoved, {
  name: 'apfilterredir removed from list=allpages',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    const module = moduleOf(head, 'query+allpages');
    module.parameters = module.parameters.filter((parameter) => parameter.name !== 'filterredir');
  },
  expect: [{ module: 'query+allpages', parameter: 'apfilterredir', severity: 'breaking' }],
});
