import { SnapshotError } from './errors.js';

/**
 * Parses JSON text, turning syntax errors into a one-line SnapshotError with line and column. `expected` names what
 * the file should hold, for the empty-file message (default: JSON; snapshots say "a wikispec snapshot or …").
 */
export function parseJsonText(text: string, source?: string, expected = 'JSON'): unknown {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') {
    throw new SnapshotError(`the file is empty; expected ${expected}`, {
      ...(source === undefined ? {} : { source }),
      code: 'empty-input',
    });
  }
  try {
    return JSON.parse(withoutBom) as unknown;
  } catch (error) {
    // V8's messages differ by version and often carry no position (Node 20: `Unexpected token '}', "…" is not valid
    // JSON`, with the input's own newlines in it), so the position and reason come from our own scan of the text.
    const located = locateJsonError(withoutBom);
    const message = error instanceof Error ? error.message : String(error);
    const reason = located?.reason ?? (message.split('\n')[0] ?? '').replace(/ in JSON at position \d+.*$/, '');
    const where = located === undefined ? '' : ` at ${lineAndColumn(withoutBom, located.position)}`;
    throw new SnapshotError(`JSON syntax error${where}: ${reason}`, {
      ...(source === undefined ? {} : { source }),
      code: 'json-syntax',
      cause: error,
    });
  }
}

/** Where JSON text first goes wrong (UTF-16 offset) and why; undefined when it is valid JSON. */
export function locateJsonError(text: string): { position: number; reason: string } | undefined {
  let at = 0;
  const stack: string[] = [];
  const skipSpace = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at += 1;
  };
  const found = () => (at >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text[at])}`);
  const fail = (expected: string) => ({ position: at, reason: `${found()}, expected ${expected}` });
  const scanString = (): { position: number; reason: string } | undefined => {
    at += 1;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at += 1;
        return undefined;
      }
      if (code < 0x20) return { position: at, reason: 'control character in a string (escape it, e.g. \\n)' };
      if (code === 0x5c) {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return { position: at, reason: 'invalid \\u escape in a string' };
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else return { position: at, reason: 'invalid escape in a string' };
      } else at += 1;
    }
    return { position: at, reason: 'unterminated string' };
  };
  const scanValue = (): { position: number; reason: string } | undefined => {
    const char = text[at];
    if (char === '"') return scanString();
    const literal = /^(?:true|false|null)/.exec(text.slice(at, at + 5));
    if (literal) {
      at += literal[0].length;
      return undefined;
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (number && number[0] !== '-') {
      at += number[0].length;
      return undefined;
    }
    return fail('a value');
  };
  const scanKey = (): { position: number; reason: string } | undefined => {
    skipSpace();
    if (text[at] !== '"') return fail('a double-quoted property name');
    const problem = scanString();
    if (problem) return problem;
    skipSpace();
    if (text[at] !== ':') return fail("':' after a property name");
    at += 1;
    return undefined;
  };
  let wantValue = true;
  skipSpace();
  for (;;) {
    if (wantValue) {
      skipSpace();
      const char = text[at];
      if (char === '{' || char === '[') {
        stack.push(char);
        at += 1;
        skipSpace();
        if (text[at] === (char === '{' ? '}' : ']')) {
          at += 1;
          stack.pop();
          wantValue = false;
          continue;
        }
        if (char === '{') {
          const problem = scanKey();
          if (problem) return problem;
        }
        continue;
      }
      const problem = scanValue();
      if (problem) return problem;
      wantValue = false;
      continue;
    }
    skipSpace();
    const open = stack[stack.length - 1];
    if (open === undefined) return at < text.length ? { position: at, reason: `${found()} after the end of the JSON value` } : undefined;
    const close = open === '{' ? '}' : ']';
    if (text[at] === close) {
      at += 1;
      stack.pop();
    } else if (text[at] === ',') {
      at += 1;
      if (open === '{') {
        const problem = scanKey();
        if (problem) return problem;
      }
      wantValue = true;
    } else return fail(`',' or '${close}'`);
  }
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
