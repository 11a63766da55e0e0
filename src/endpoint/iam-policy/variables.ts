// Policy variables (`${aws:username}`, `${aws:SourceAccount, 'default'}`, and the escapes `${*}`,
// `${?}`, `${$}`) in Resource and Condition values of Version 2012-10-17 documents
// ("IAM policy elements: Variables and tags",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
import type { RequestContext } from './conditions';
import { LITERAL_QUESTION, LITERAL_STAR } from './wildcards';

const VARIABLE = /\$\{([^}]*)\}/g;
/** `${*}` and `${?}` stand for the characters themselves, never wildcards. */
const ESCAPES: Record<string, string> = { '*': LITERAL_STAR, '?': LITERAL_QUESTION, $: '$' };

/**
 * The value with its variables replaced from the request context, or undefined when a variable has
 * no single value there and no default (IAM then treats the value as not matching). Escaped `*` and
 * `?` come back as stand-ins that wildcard matching takes literally (wildcards.ts, literalText).
 */
export function substituteVariables(value: string, context: RequestContext): string | undefined {
  if (!value.includes('${')) return value;
  let missing = false;
  const result = value.replace(VARIABLE, (_match, inner: string) => {
    const trimmed = inner.trim();
    if (trimmed in ESCAPES) return ESCAPES[trimmed];
    const [, key, fallback] = /^([^,]+?)\s*(?:,\s*'([^']*)')?$/.exec(trimmed) ?? [];
    const found = key === undefined ? undefined : context.get(key.trim().toLowerCase());
    if (typeof found === 'string') return found;
    if (fallback !== undefined) return fallback;
    missing = true;
    return '';
  });
  return missing ? undefined : result;
}
