// IAM's wildcard matching: `*` matches any run of characters (also none), `?` exactly one.
// Action names are case-insensitive; resource ARNs are case-sensitive, and each of an ARN's six
// colon-separated parts is matched on its own, except that a `*` ending a part may run on across colons
// ("IAM JSON policy elements: Resource", "Using wildcards in resource ARNs",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).

const cache = new Map<string, RegExp>();

/** Stand-ins for `${*}` and `${?}`: a literal asterisk or question mark inside a pattern (policy variables). */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';

/** A pattern's text with its literal stand-ins turned back into the characters they stand for. */
export function literalText(pattern: string): string {
  return pattern.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?');
}

/** Escapes a character for a regular expression; the literal stand-ins become their characters. */
function escapeChar(char: string): string {
  if (char === LITERAL_STAR) return '\\*';
  if (char === LITERAL_QUESTION) return '\\?';
  return `\\${char}`;
}
const SPECIAL = /[.+^${}()|[\]\\*?\uE000\uE001]/g;

function globRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}:${pattern}`;
  let regex = cache.get(key);
  if (!regex) {
    const source = pattern.replace(SPECIAL, (char) => (char === '*' ? '.*' : char === '?' ? '.' : escapeChar(char)));
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 5000) cache.clear();
    cache.set(key, regex);
  }
  return regex;
}

/** Glob match of a whole string. */
export function globMatches(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    const text = literalText(pattern);
    return ignoreCase ? text.toLowerCase() === value.toLowerCase() : text === value;
  }
  return globRegExp(pattern, ignoreCase).test(value);
}

/** `service:Operation` patterns: the service prefix and the operation name are case-insensitive. */
export function matchesAction(pattern: string, action: string): boolean {
  return globMatches(pattern, action, true);
}

/**
 * ARN patterns: a `*` inside a colon-separated part, and a `?`, stay within that part; a `*` that
 * ends a part may reach across colons (so `arn:aws:sqs:*` covers every queue). Plain patterns
 * (`*`, or anything not starting with `arn:`) match as one string.
 */
export function matchesArn(pattern: string, arn: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  if (!pattern.startsWith('arn:') || (!pattern.includes('*') && !pattern.includes('?'))) return globMatches(pattern, arn, ignoreCase);
  return arnRegExp(pattern, ignoreCase).test(arn);
}

function arnRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const key = `arn:${ignoreCase ? 'i' : 's'}:${pattern}`;
  let regex = cache.get(key);
  if (!regex) {
    const source = pattern.replace(SPECIAL, (char, offset: number) => {
      if (char === '?') return '[^:]';
      if (char !== '*') return escapeChar(char);
      const next = pattern[offset + 1];
      return next === undefined || next === ':' ? '.*' : '[^:]*';
    });
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 5000) cache.clear();
    cache.set(key, regex);
  }
  return regex;
}

/** The Resource element's match: case-sensitive, ARN-aware. */
export function matchesResource(pattern: string, resource: string): boolean {
  return matchesArn(pattern, resource);
}
