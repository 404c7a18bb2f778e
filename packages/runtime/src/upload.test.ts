import { describe, expect, it } from 'vitest';
import { fakeClock, fakeFetch, json, type Recorded } from './__fixtures__/fake-fetch.js';
import { createApiClient } from './client.js';
import { uploadFile } from './upload.js';

const API = 'http://127.0.0.1:8080/api.php';
function setup(replies: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(replies);
  const client = createApiClient({ apiUrl: API, userAgent: 'test/1', fetch: fake.fetch, ...fakeClock() });
  return { client, requests: fake.requests };
}
const csrf = () => json({ query: { tokens: { csrftoken: 'csrf-up+\\' } } });
const chunkText = async (r: Recorded | undefined) => {
  const chunk = (r?.body as FormData).get('chunk');
  return chunk instanceof Blob ? chunk.text() : null;
};

describe('uploadFile', () => {
  it('uploads a small file in one multipart request', async () => {
    const { client, requests } = setup([csrf(), json({ upload: { result: 'Success', filename: 'Small.txt' } })]);
    const result = await uploadFile(client, { filename: 'Small.txt', file: new Blob(['hello']), comment: 'c', text: 'page' });
    expect(result).toEqual({ result: 'Success', filename: 'Small.txt' });
    const req = requests[1];
    expect(req?.method).toBe('POST');
    expect(req?.body).toBeInstanceOf(FormData);
    expect(req?.params).toMatchObject({ action: 'upload', filename: 'Small.txt', comment: 'c', text: 'page', file: '[blob]', token: 'csrf-up+\\' });
    const file = (req?.body as FormData).get('file');
    expect(file instanceof Blob ? await file.text() : null).toBe('hello');
    // The token is the last field.
    expect([...(req?.body as FormData).keys()].at(-1)).toBe('token');
  });

  it('uploads a large file in chunks to the stash, then publishes it', async () => {
    const content = 'abcdefghij'.repeat(5); // 50 bytes, chunks of 20
    const { client, requests } = setup([
      csrf(),
      json({ upload: { result: 'Continue', filekey: 'key.1', offset: 20 } }),
      json({ upload: { result: 'Continue', filekey: 'key.1', offset: 40 } }),
      json({ upload: { result: 'Success', filekey: 'key.1' } }),
      json({ upload: { result: 'Success', filename: 'Big.txt', imageinfo: { size: 50 } } }),
    ]);
    const result = await uploadFile(client, { filename: 'Big.txt', file: new Blob([content]), chunkSize: 20, comment: 'big', ignorewarnings: true });
    expect(result).toMatchObject({ result: 'Success', filename: 'Big.txt' });
    const chunks = requests.slice(1, 4);
    expect(chunks.map((r) => [r.params.stash, r.params.offset, r.params.filesize, r.params.filekey])).toEqual([
      ['', '0', '50', undefined],
      ['', '20', '50', 'key.1'],
      ['', '40', '50', 'key.1'],
    ]);
    expect(await Promise.all(chunks.map(chunkText))).toEqual([content.slice(0, 20), content.slice(20, 40), content.slice(40)]);
    expect(requests[4]?.params).toMatchObject({ action: 'upload', filename: 'Big.txt', filekey: 'key.1', comment: 'big', ignorewarnings: '' });
    expect(requests[4]?.params.chunk).toBeUndefined();
    expect(requests.slice(1).every((r) => r.params.token === 'csrf-up+\\')).toBe(true);
  });

  it('returns a Warning result of a chunk without publishing', async () => {
    const { client, requests } = setup([csrf(), json({ upload: { result: 'Warning', warnings: { duplicate: ['Other.txt'] }, filekey: 'k' } })]);
    const result = await uploadFile(client, { filename: 'Dup.txt', file: new Blob(['x'.repeat(30)]), chunkSize: 10 });
    expect(result).toMatchObject({ result: 'Warning', warnings: { duplicate: ['Other.txt'] } });
    expect(requests).toHaveLength(2);
  });

  it('refetches the token once on badtoken', async () => {
    const { client, requests } = setup([
      csrf(),
      json({ errors: [{ code: 'badtoken', text: 'Invalid CSRF token.', module: 'main' }] }),
      json({ query: { tokens: { csrftoken: 'csrf-2+\\' } } }),
      json({ upload: { result: 'Success' } }),
    ]);
    await expect(uploadFile(client, { filename: 'A.txt', file: new Blob(['a']) })).resolves.toEqual({ result: 'Success' });
    expect(requests[3]?.params.token).toBe('csrf-2+\\');
  });
});
