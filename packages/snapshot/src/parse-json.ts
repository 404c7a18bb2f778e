import { SnapshotError } from './errors.js';

/** Parses JSON text, turning syntax errors into a SnapshotError with line and column. */
export function parseJsonText(text: string, source?: string): unknown {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') {
    throw new SnapshotError('the file is empty; expected a wikispec snapshot or a paraminfo response (JSON)', {
      ...(source === undefined ? {} : { source }),
      code: 'empty-input',
    });
  }
  try {
    return JSON.parse(withoutBom) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = findErrorPosition(message, withoutBom);
    const where = position === undefined ? '' : ` at ${lineAndColumn(withoutBom, position)}`;
    throw new SnapshotError(`JSON syntax error${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}`, {
      ...(source === undefined ? {} : { source }),
      code: 'json-syntax',
      cause: error,
    });
  }
}

function findErrorPosition(message: string, text: string): number | undefined {
  const explicit = /position (\d+)/.exec(message);
  if (explicit?.[1] !== undefined) return Number(explicit[1]);
  // V8 says "Unexpected end of JSON input" without a position: the problem is at the end.
  if (/end of (JSON|data)/i.test(message)) return text.length;
  return undefined;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}
