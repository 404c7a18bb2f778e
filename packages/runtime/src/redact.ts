/** Placeholder that replaces secrets in messages. */
export const REDACTED = '[redacted]';

/** A set of secret strings that must never appear in messages, with a function that scrubs them out of text. */
export interface SecretStore {
  /** Remembers a secret value (values shorter than 4 characters, such as the anonymous token `+\`, are ignored). */
  add(value: string): void;
  /** Replaces every remembered secret in `text` with `[redacted]`, and drops the user name and password of every URL in it. */
  redact(text: string): string;
}

/**
 * The one URL redaction: removes the userinfo (`user:password@`) of every URL in `text`
 * (`http://bob:pw@wiki.example/w/api.php` → `http://wiki.example/w/api.php`). Every URL the runtime puts in a message or
 * an event goes through it (via {@link SecretStore.redact}); the fetcher and the CLI use it for theirs.
 */
export function redactUrl(text: string): string {
  // Up to the last `@` before the path, query, fragment or whitespace: WHATWG URLs treat earlier `@`s as userinfo too.
  return text.replace(/(\b[a-z][\w+.-]*:\/\/)[^\s/?#]*@/gi, '$1');
}

/**
 * A copy of a JSON-like value (an API envelope, a message's `data`) with `redact` applied to every string in it, keys
 * included. Only errors and warnings go through it, never whole successful answers.
 */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? redact(v)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([key, item]) => [redact(key), walk(item)]))
          : v;
  return walk(value) as T;
}

/** Creates an empty secret store. */
export function createSecretStore(): SecretStore {
  const secrets = new Set<string>();
  return {
    add(value) {
      if (value.length >= 4) secrets.add(value);
    },
    redact(text) {
      // Also the URL-encoded forms (tokens end in `+\`, which encodes to `%2B%5C`; spaces to `+` in bodies).
      for (const secret of secrets) {
        for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]) {
          text = text.split(form).join(REDACTED);
        }
      }
      return redactUrl(text);
    },
  };
}
