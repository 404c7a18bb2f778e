import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { maxLengthLowered } from './max-length-lowered.js';

ruleCases(maxLengthLowered, [
  { name: 'maxchars lowered', base: snap(mod('block', { group: 'action' }, param('reason', { maxchars: 1000 }))), head: snap(mod('block', { group: 'action' }, param('reason', { maxchars: 500 }))), expect: [{ parameter: 'reason', before: { maxchars: 1000 }, after: { maxchars: 500 } }] },
  { name: 'maxbytes added', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a', { maxbytes: 255 }))), expect: [{ parameter: 'a', before: { maxbytes: null }, after: { maxbytes: 255 } }] },
  { name: 'maxbytes raised', base: snap(mod('x', {}, param('a', { maxbytes: 255 }))), head: snap(mod('x', {}, param('a', { maxbytes: 1000 }))), expect: [] },
  { name: 'no limit either side', base: snap(mod('x', {}, param('a'))), head: snap(mod('x', {}, param('a'))), expect: [] },
]);

realCase(maxLengthLowered, {
  name: 'block reason limited to 255 bytes',
  modules: ['block'],
  edit: (_base, head) => {
    paramOf(moduleOf(head, 'block'), 'reason').maxbytes = 255;
  },
  expect: [{ parameter: 'reason', severity: 'breaking' }],
});
