export { generateClient, type GenerateClientOptions, type GeneratedFile } from './generate.js';
export { isPlainPropertyName, pascalCase, RUNTIME_NAMES, stringLiteral, toIdentifier, typePropertyKey, valuePropertyKey } from './naming.js';
export { codeSpan, escapeDocText } from './doc.js';
export { GeneratedCodeError, PRETTIER_OPTIONS } from './print.js';
export { defaultPackageName } from './emit/package-files.js';
export { createGenerationMemo, type GenerationMemo } from './memo.js';
