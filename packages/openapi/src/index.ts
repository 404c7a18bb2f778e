export { toOpenApi } from './to-openapi.js';
export { serializeOpenApi, type OpenApiFormat } from './serialize.js';
export type { OpenApiVersion, ToOpenApiOptions } from './context.js';
export { encodeKeyPart, moduleKey, virtualPath } from './keys.js';
export { apiPhpMiddleware, rewriteToApiPhp, swaggerUiRequestInterceptor, SWAGGER_UI_REQUEST_INTERCEPTOR } from './rewrite.js';
