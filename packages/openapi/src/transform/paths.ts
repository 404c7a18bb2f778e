import type { oas31 } from 'openapi3-ts';
import type { TransformContext } from '../context.js';
import { setKey } from '../context.js';
import { virtualPath } from '../keys.js';
import type { ComponentRegistry } from './components.js';
import { moduleOperations } from './operation.js';

/** Modules that get operations: every module below `main` except output formats (their parameters are shared). */
export function operationModules(context: TransformContext) {
  return context.snapshot.modules.filter((module) => module.path !== 'main' && !(module.group === 'format' && !module.path.includes('+')));
}

/** The Paths Object: one virtual path per module (`/api.php/query/list/allpages`), in module path order. */
export function paths(context: TransformContext, registry: ComponentRegistry): oas31.PathsObject {
  const out: oas31.PathsObject = {};
  const items = operationModules(context).map((module) => ({ path: virtualPath(module, context.modules), module }));
  items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, module } of items) {
    if (Object.hasOwn(out, path)) throw new Error(`two modules map to the virtual path ${path}`);
    const operations = moduleOperations(context, module, registry);
    const item: oas31.PathItemObject = { 'x-mediawiki-module': operations.extension };
    if (operations.get) item.get = operations.get;
    item.post = operations.post;
    setKey(out as Record<string, oas31.PathItemObject>, path, item);
  }
  return out;
}
