import type { ApiClient, ModuleCallInfo, RequestOptions } from './client.js';
import type { ApiParams, ApiResponseEnvelope } from './types.js';

/** Options of {@link uploadFile}. */
export interface UploadOptions {
  /** Target file name on the wiki (without the `File:` prefix). */
  filename: string;
  /** The file contents. */
  file: Blob;
  /** Upload comment. */
  comment?: string;
  /** Initial page text for new files. */
  text?: string;
  /** Ignore warnings such as duplicates (MediaWiki's `ignorewarnings`). */
  ignorewarnings?: boolean;
  /** Other `action=upload` parameters (e.g. `watchlist`, `tags`). */
  params?: ApiParams;
  /** Files larger than this are uploaded in chunks of this size (default 4 MiB; MediaWiki's minimum is 1 KiB). */
  chunkSize?: number;
  /** Per-request options. */
  request?: RequestOptions;
}

/** The `upload` object of an `action=upload` response. */
export interface UploadResult {
  /** `Success`, `Warning` (see `warnings`; nothing was published), `Continue` or `Poll`. */
  result: string;
  /** Final file name. */
  filename?: string;
  /** Stash key of a chunked upload. */
  filekey?: string;
  /** Next offset of a chunked upload. */
  offset?: number;
  /** Upload warnings (duplicate, exists, …) keyed by warning name. */
  warnings?: { [name: string]: unknown };
  /** Image info of the published file. */
  imageinfo?: { [name: string]: unknown };
  /** Other fields. */
  [key: string]: unknown;
}

/** `action=upload` needs a csrf token, must be posted and writes. */
const UPLOAD: ModuleCallInfo = { tokenType: 'csrf', tokenParam: 'token', mustBePosted: true, write: true };

/**
 * Uploads a file: in one request when it fits in one chunk, otherwise in chunks to the stash (`stash`, `filesize`,
 * `offset`, `chunk`, then `filekey`) and a final request that publishes the stashed file. Returns the `upload` result
 * of the last request (`Warning` results are returned, not thrown).
 */
export async function uploadFile(client: ApiClient<object>, options: UploadOptions): Promise<UploadResult> {
  const { file, filename, chunkSize = 4 * 1024 * 1024 } = options;
  const publish: ApiParams = {
    action: 'upload',
    filename,
    comment: options.comment,
    text: options.text,
    ignorewarnings: options.ignorewarnings,
    ...options.params,
  };
  const send = async (params: ApiParams): Promise<UploadResult> => {
    const r = await client.request<ApiResponseEnvelope & { upload?: UploadResult }>(params, {
      ...options.request,
      multipart: true,
      module: UPLOAD,
    });
    return r.upload ?? { result: 'unknown' };
  };
  if (file.size <= chunkSize) return send({ ...publish, file });

  let filekey: string | undefined;
  let offset = 0;
  while (offset < file.size) {
    const upload = await send({
      action: 'upload',
      stash: true,
      filename,
      filesize: file.size,
      offset,
      filekey,
      ignorewarnings: options.ignorewarnings,
      chunk: file.slice(offset, offset + chunkSize),
    });
    filekey = upload.filekey ?? filekey;
    if (upload.result !== 'Continue' && upload.result !== 'Success') return upload;
    // The wiki says where the next chunk starts; trust it over our own arithmetic.
    offset = upload.result === 'Success' ? file.size : Math.max(upload.offset ?? 0, offset + 1);
  }
  return send({ ...publish, filekey });
}
