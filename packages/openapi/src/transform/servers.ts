import type { oas31 } from 'openapi3-ts';
import { markdownText, type TransformContext } from '../context.js';

/** The Server Objects: the directory of the wiki's api.php (the virtual paths start with `/api.php/`). */
export function servers(context: TransformContext): oas31.ServerObject[] {
  if (context.server === undefined) return [{ url: '/', description: 'The snapshot does not name its wiki: the directory holding api.php.' }];
  return [{ url: context.server, description: `${markdownText(context.snapshot.wiki.sitename ?? 'The wiki')} (api.php lives at ${markdownText(`${context.server}/api.php`)})` }];
}
