import { mod, moduleOf, param, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { prefixChanged } from './prefix-changed.js';

ruleCases(prefixChanged, [
  {
    name: 'prefix ap -> apg',
    base: snap(mod('query+allpages', { group: 'list', prefix: 'ap' }, param('limit'))),
    head: snap(mod('query+allpages', { group: 'list', prefix: 'apg' }, param('limit'))),
    expect: [{ module: 'query+allpages', before: 'ap', after: 'apg', message: 'Module list=allpages (query+allpages) changed its parameter prefix from "ap" to "apg": aplimit is now apglimit, and so on.' }],
  },
  { name: 'same prefix', base: snap(mod('query+allpages', { prefix: 'ap' }, param('limit'))), head: snap(mod('query+allpages', { prefix: 'ap' }, param('limit'))), expect: [] },
]);

realCase(prefixChanged, {
  name: 'prop=revisions prefix rv -> rev',
  modules: ['query+revisions'],
  edit: (_base, head) => {
    moduleOf(head, 'query+revisions').prefix = 'rev';
  },
  expect: [{ module: 'query+revisions', before: 'rv', after: 'rev' }],
});
