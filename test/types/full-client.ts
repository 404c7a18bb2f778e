// Type tests for the client generated from the full 1.39 capture (all extensions): composition with real modules.
import { createClient } from 'wikispec-full-client';

const client = createClient({ apiUrl: 'http://127.0.0.1:1/api.php', userAgent: 'type-tests/1.0' });

export async function valid(): Promise<void> {
  await client.request({ action: 'query', generator: 'links', gpllimit: 'max', gplnamespace: 0, prop: ['info', 'pageimages', 'extracts'], exintro: true, titles: 'Main Page' });
  await client.request({ action: 'query', list: ['categorymembers', 'abuselog'], cmtitle: 'Category:X', afllimit: 5, meta: 'siteinfo', siprop: ['general', 'namespaces'] });
  await client.request({ action: 'purge', generator: 'allpages', gapnamespace: 0, forcelinkupdate: true });
  await client.request({ action: 'compare', fromtitle: 'A', totitle: 'B', 'fromtext-main': 'x', fromslots: ['main'] });
  await client.request({ action: 'watch', titles: ['A', 'B'], expiry: '1 week' });
}

export async function mistakes(): Promise<void> {
  // @ts-expect-error a prop module's parameters need that prop selected
  await client.request({ action: 'query', prop: 'info', exintro: true });
  // @ts-expect-error purge's generator parameters need the g prefix
  await client.request({ action: 'purge', generator: 'allpages', apnamespace: 0 });
  // @ts-expect-error an extension list that does not exist
  await client.request({ action: 'query', list: 'nosuchextensionlist' });
}
