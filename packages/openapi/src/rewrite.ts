/**
 * The request rewrite from a virtual path (`/api.php/query/list/allpages`) to the real endpoint (`/api.php`). The
 * virtual paths exist only so OpenAPI can tell modules apart; the query string already selects the module. Tiny and
 * dependency-free so it can be copied into browsers and generated clients.
 */

const VIRTUAL = /^(.*?\/api\.php)\/[^?#]*/;

/** Rewrites `https://w/api.php/parse?action=parse` to `https://w/api.php?action=parse`; other URLs are returned as they are. */
export function rewriteToApiPhp(url: string): string {
  const parsed = new URL(url);
  const match = VIRTUAL.exec(parsed.pathname);
  if (!match) return url;
  parsed.pathname = match[1] as string;
  return parsed.href;
}

/** openapi-fetch middleware: `client.use(apiPhpMiddleware)` sends every request to api.php itself. */
export const apiPhpMiddleware = {
  onRequest({ request }: { request: Request }): Request {
    const target = rewriteToApiPhp(request.url);
    return target === request.url ? request : new Request(target, request);
  },
};

/** Swagger UI `requestInterceptor`: `SwaggerUIBundle({ …, requestInterceptor: swaggerUiRequestInterceptor })`. */
export function swaggerUiRequestInterceptor<T extends { url: string }>(request: T): T {
  request.url = rewriteToApiPhp(request.url);
  return request;
}

/** The same interceptor as standalone browser JavaScript, for pages that do not bundle this package. */
export const SWAGGER_UI_REQUEST_INTERCEPTOR = `function (request) {
  var url = new URL(request.url, window.location.href);
  var match = /^(.*?\\/api\\.php)\\/[^?#]*/.exec(url.pathname);
  if (match) { url.pathname = match[1]; request.url = url.href; }
  return request;
}`;
