// Renders the embedded OpenAPI document (window.WIKISPEC_SPEC, from openapi.js) with Swagger UI; no network.
window.addEventListener('DOMContentLoaded', function () {
  window.ui = SwaggerUIBundle({
    spec: window.WIKISPEC_SPEC,
    dom_id: '#swagger-ui',
    deepLinking: false,
    docExpansion: 'none',
    defaultModelsExpandDepth: -1,
    validatorUrl: null,
    supportedSubmitMethods: [],
    filter: true,
  });
});
