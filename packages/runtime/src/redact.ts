/** Placeholder that replaces secrets in messages. */
export const REDACTED = '[redacted]';

/** A set of secret strings that must never appear in messages, with a function that scrubs them out of text. */
export interface SecretStore {
  /** Remembers a secret value (values shorter than 4 characters, such as the anonymous token `+\`, are ignored). */
  add(value: string): void;
  /** Replaces every remembered secret in `text` with `[redacted]`. */
  redact(text: string): string;
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
      return text;
    },
  };
}
