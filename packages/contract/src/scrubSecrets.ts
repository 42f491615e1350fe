/**
 * Provider text (an error body, a library's message) may echo what it was sent: a proxy that
 * repeats the Authorization header puts the key in its answer. These helpers are the one way
 * Keylink's layers blank secrets out of such text before it goes further.
 */

/** Secrets this short would blank ordinary words; a real credential is never this short. */
const shortestSecret = 4;

/**
 * `Bearer <token>` or `Basic <token>`: whatever the token, it is a credential. Only a token-like
 * value counts (12+ token characters, a digit among them), so "basic settings" stays as it is.
 */
const authorizationValue = /\b(bearer|basic)(\s+)([A-Za-z0-9\-._~+/]{12,}=*)/gi;

function redactAuthorizationValues(text: string): string {
  return text.replace(authorizationValue, (match, scheme: string, space: string, token: string) =>
    /\d/.test(token) ? `${scheme}${space}[redacted]` : match,
  );
}

/** Control characters (NUL included: Postgres refuses it in text) become spaces. */
function withoutControlCharacters(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    result += code < 0x20 || (code >= 0x7f && code < 0xa0) ? ' ' : character;
  }
  return result;
}

/** Forms a secret can take in text: as is, URL-encoded, or escaped inside a JSON string. */
function formsOf(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
}

/**
 * `text` with every secret (as is, URL-encoded or JSON-escaped) and every `Bearer …` value
 * replaced by `[redacted]`. Keeps the text's layout (a stack trace stays multi-line).
 *
 * @example
 * redactSecrets(`Bearer ${apiKey} refused`, [apiKey]); // 'Bearer [redacted] refused'
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < shortestSecret) continue;
    for (const form of formsOf(secret)) result = result.split(form).join('[redacted]');
  }
  return redactAuthorizationValues(result);
}

/**
 * Provider text made safe to show, store and log: secrets redacted, on one line without control
 * characters, and at most `maxLength` characters (cut with an ellipsis).
 *
 * @example
 * scrubProviderText(`Lattice said: "bad header Bearer ${apiKey}"`, [apiKey]);
 * // 'Lattice said: "bad header Bearer [redacted]"'
 */
export function scrubProviderText(
  text: string,
  secrets: Iterable<string>,
  maxLength = 600,
): string {
  const oneLine = withoutControlCharacters(redactSecrets(text, secrets)).replace(/\s+/g, ' ');
  const trimmed = oneLine.trim();
  return trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1)}…` : trimmed;
}
