import { mod, moduleOf, param, paramOf, realCase, ruleCases, snap } from '../__fixtures__/builders.js';
import { internalLifted } from './internal-lifted.js';

ruleCases(internalLifted, [
  { name: 'module no longer internal', base: snap(mod('x', { internal: true })), head: snap(mod('x')), expect: [{ module: 'x', before: true, after: false }] },
  { name: 'value no longer internal', base: snap(mod('x', {}, param('a', { type: ['v'], internalvalues: ['v'] }))), head: snap(mod('x', {}, param('a', { type: ['v'] }))), expect: [{ value: 'v' }] },
  { name: 'internal value removed is another rule', base: snap(mod('x', {}, param('a', { type: ['v'], internalvalues: ['v'] }))), head: snap(mod('x', {}, param('a', { type: [] }))), expect: [] },
  { name: 'became internal', base: snap(mod('x')), head: snap(mod('x', { internal: true })), expect: [] },
]);

realCase(internalLifted, {
  name: 'action=stashedit becomes public',
  modules: ['stashedit'],
  edit: (_base, head) => {
    delete moduleOf(head, 'stashedit').internal;
  },
  expect: [{ module: 'stashedit', severity: 'info' }],
});
