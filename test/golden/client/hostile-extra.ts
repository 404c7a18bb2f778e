// Extra hostile cases for the client generator, layered over test/fixtures/hostile/snapshot.json: names that collide
// after sanitising, prototype member names as actions, wire names that clash with main's,
// templated names with backticks and `${`, enum values with line terminators, and a generator value `__proto__`.
import { readFileSync } from 'node:fs';
import { parseSnapshot, serializeSnapshot, type ApiModule, type ApiParameter, type Snapshot } from '@wikispec/snapshot';

const nasty = 'Ends */ here\n@param x not a tag\r\n{@link javascript:alert(1)} `code` ${x} \u2028 \\';

function param(name: string, type: ApiParameter['type'], extra: Partial<ApiParameter> = {}): ApiParameter {
  return { index: 1, name, description: nasty, type, required: false, multi: false, ...extra };
}

function action(path: string, prefix: string, parameters: ApiParameter[], extra: Partial<ApiModule> = {}): ApiModule {
  return { path, name: path, group: 'action', prefix, description: nasty, helpurls: [], examples: [], parameters, templatedparameters: [], ...extra };
}

/** The hostile fixture plus the extra modules, validated by parseSnapshot. */
export function hostileExtraSnapshot(): Snapshot {
  const base = parseSnapshot(readFileSync(new URL('../../fixtures/hostile/snapshot.json', import.meta.url), 'utf8'));
  const extra: ApiModule[] = [
    action('my_module', 'x', [param('a', 'string', { required: true })]),
    action('constructor', '', [param('toString', 'string'), param('valueOf', ['1', '2'])]),
    action('toString', '', [param('maxlag', 'string'), param('action', 'string')]),
    action('ünï☃', 'u', [param('naïve', ['a\nb', 'c\u2028d', '\u0000', 'e\\'], { multi: true })]),
    action('tmpl', 't', [param('slots', ['main', 'aux'], { multi: true })], {
      templatedparameters: [{ ...param('a`b-{s}', 'string'), templatevars: { s: 'slots' } }, { ...param('c${x}-{s}', 'integer'), templatevars: { s: 'slots' } },
        // Overlapping patterns: `text-${string}-model` lies inside `text-${string}` (found by the fuzz suite).
        { ...param('text-{s}', 'text'), templatevars: { s: 'slots' } }, { ...param('text-{s}-model', ['wikitext', 'json']), templatevars: { s: 'slots' } }],
    }),
    action('gen', '', [param('generator', ['__proto__', 'all-pages'], { submodules: { ['__proto__']: 'query+__proto__', 'all-pages': 'query+all-pages' }, submoduleparamprefix: 'g' })], {
      mustbeposted: true,
    }),
  ];
  const modules = [...base.modules, ...extra];
  const main = modules.find((m) => m.path === 'main') as ApiModule;
  const actionParam = main.parameters.find((p) => p.name === 'action') as ApiParameter;
  const submodules: Record<string, string> = { ...actionParam.submodules };
  for (const m of extra) submodules[m.path] = m.path;
  const patchedMain: ApiModule = {
    ...main,
    parameters: main.parameters.map((p) => (p === actionParam ? { ...p, type: Object.keys(submodules), submodules } : p)),
  };
  const snapshot: Snapshot = { ...base, modules: modules.map((m) => (m === main ? patchedMain : m)) };
  return parseSnapshot(serializeSnapshot(snapshot));
}
