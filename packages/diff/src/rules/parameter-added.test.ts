import { mod, moduleOf, param, realCase, ruleCases, snap, templated } from '../__fixtures__/builders.js';
import { parameterAdded } from './parameter-added.js';

ruleCases(parameterAdded, [
  { name: 'optional parameter added', base: snap(mod('main')), head: snap(mod('main', {}, param('crossorigin', { type: 'boolean' }))), expect: [{ module: 'main', parameter: 'crossorigin', location: { snapshot: 'head', pointer: '/modules/0/parameters/0' } }] },
  { name: 'templated parameter added', base: snap(mod('compare')), head: snap(mod('compare', { templatedparameters: [templated('fromtext-{slot}', { slot: 'fromslots' })] })), expect: [{ parameter: 'fromtext-{slot}', message: 'New templated parameter fromtext-{slot} of compare.' }] },
  { name: 'required parameter added is another rule', base: snap(mod('x')), head: snap(mod('x', {}, param('a', { required: true }))), expect: [] },
  { name: 'parameter removed', base: snap(mod('x', {}, param('a'))), head: snap(mod('x')), expect: [] },
]);

realCase(parameterAdded, {
  name: 'list=allpages gains apsort',
  modules: ['query+allpages'],
  edit: (_base, head) => {
    moduleOf(head, 'query+allpages').parameters.push(param('sort', { index: 99, type: ['title', 'length'] }));
  },
  expect: [{ parameter: 'apsort', severity: 'info' }],
});
