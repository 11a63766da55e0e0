// The Condition element: operators, the IfExists suffix, the ForAnyValue/ForAllValues set qualifiers,
// and what a key missing from the request means ("IAM JSON policy elements: Condition operators" and
// "Multivalued context keys", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
//
// Evaluation: every operator block and every key in it must hold (AND); the values listed for one key
// are alternatives (OR) for positive operators, and all must fail to match (NOR) for negated ones.
// A key missing from the request makes a positive operator false and a negated one true; `...IfExists`
// makes any operator true then; `Null` tests presence itself.
import { substituteVariables } from './variables';
import { globMatches, literalText, matchesArn } from './wildcards';

export type ContextValue = string | string[];
/** Request context with lower-cased keys. */
export type RequestContext = Map<string, ContextValue>;

type Compare = (contextValue: string, policyValue: string) => boolean;

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** Dates as ISO 8601 text or as epoch seconds. */
function date(text: string): number {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text) * 1000;
  return Date.parse(text);
}

function numeric(test: (a: number, b: number) => boolean): Compare {
  return (c, p) => {
    const a = number(c);
    const b = number(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

function dated(test: (a: number, b: number) => boolean): Compare {
  return (c, p) => {
    const a = date(c);
    const b = date(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

function ipv4(text: string): number | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
  return parts.reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** IPv4 addresses against a CIDR range (IPv6 compares as text). */
function inRange(address: string, range: string): boolean {
  const [base, bitsText] = range.split('/');
  const a = ipv4(address);
  const b = ipv4(base);
  if (a === undefined || b === undefined) return address.toLowerCase() === range.toLowerCase();
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (!(bits >= 0 && bits <= 32)) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}

interface OperatorSpec {
  compare: Compare;
  /** A Like operator reads `*` and `?` as wildcards; the others compare text. */
  like?: boolean;
  /** A negated operator (StringNotEquals, ArnNotLike...): true when no listed value matches. */
  negated: boolean;
}

const positive = (compare: Compare): OperatorSpec => ({ compare, negated: false });
const negated = (compare: Compare): OperatorSpec => ({ compare, negated: true });

const stringEquals: Compare = (c, p) => c === p;
const stringEqualsIgnoreCase: Compare = (c, p) => c.toLowerCase() === p.toLowerCase();
const stringLike: Compare = (c, p) => globMatches(p, c);
const arnEquals: Compare = (c, p) => c === p;
const arnLike: Compare = (c, p) => matchesArn(p, c);
const bool: Compare = (c, p) => c.toLowerCase() === p.toLowerCase();

const OPERATORS: Record<string, OperatorSpec> = {
  stringequals: positive(stringEquals),
  stringnotequals: negated(stringEquals),
  stringequalsignorecase: positive(stringEqualsIgnoreCase),
  stringnotequalsignorecase: negated(stringEqualsIgnoreCase),
  stringlike: { ...positive(stringLike), like: true },
  stringnotlike: { ...negated(stringLike), like: true },
  numericequals: positive(numeric((a, b) => a === b)),
  numericnotequals: negated(numeric((a, b) => a === b)),
  numericlessthan: positive(numeric((a, b) => a < b)),
  numericlessthanequals: positive(numeric((a, b) => a <= b)),
  numericgreaterthan: positive(numeric((a, b) => a > b)),
  numericgreaterthanequals: positive(numeric((a, b) => a >= b)),
  dateequals: positive(dated((a, b) => a === b)),
  datenotequals: negated(dated((a, b) => a === b)),
  datelessthan: positive(dated((a, b) => a < b)),
  datelessthanequals: positive(dated((a, b) => a <= b)),
  dategreaterthan: positive(dated((a, b) => a > b)),
  dategreaterthanequals: positive(dated((a, b) => a >= b)),
  bool: positive(bool),
  binaryequals: positive(stringEquals),
  ipaddress: positive(inRange),
  notipaddress: negated(inRange),
  arnequals: positive(arnEquals),
  arnnotequals: negated(arnEquals),
  arnlike: { ...positive(arnLike), like: true },
  arnnotlike: { ...negated(arnLike), like: true },
};

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map((v) => String(v));

/** The request's values for a key: undefined when absent (an empty list counts as absent). */
function contextValues(context: RequestContext, key: string): string[] | undefined {
  const value = context.get(key.toLowerCase());
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.length === 0 ? undefined : list;
}

/** Whether one operator:key:values condition holds. Unknown operators never hold. */
export function conditionHolds(operatorName: string, key: string, policyValue: unknown, context: RequestContext, variables: boolean): boolean {
  let name = operatorName.toLowerCase();
  let qualifier: 'any' | 'all' | undefined;
  if (name.startsWith('foranyvalue:')) {
    qualifier = 'any';
    name = name.slice('foranyvalue:'.length);
  } else if (name.startsWith('forallvalues:')) {
    qualifier = 'all';
    name = name.slice('forallvalues:'.length);
  }
  const ifExists = name.endsWith('ifexists');
  if (ifExists) name = name.slice(0, -'ifexists'.length);
  const present = contextValues(context, key);

  if (name === 'null') {
    // Null: "true" asks that the key be absent, "false" that it be present.
    const wanted = asStrings(policyValue).map((v) => v.toLowerCase());
    return wanted.some((v) => (v === 'true' ? present === undefined : v === 'false' ? present !== undefined : false));
  }
  const operator = OPERATORS[name];
  if (!operator) return false;

  // Variables in condition values; a value whose variable has no value matches nothing.
  const listed = asStrings(policyValue)
    .map((v) => (variables ? substituteVariables(v, context) : v))
    .filter((v): v is string => v !== undefined)
    .map((v) => (operator.like ? v : literalText(v)));
  const matchesAny = (value: string): boolean => listed.some((p) => operator.compare(value, p));
  const holdsFor = (value: string): boolean => (operator.negated ? !matchesAny(value) : matchesAny(value));

  if (present === undefined) {
    if (qualifier === 'all') return true; // ForAllValues over an empty set is true.
    if (ifExists) return true;
    if (qualifier === 'any') return false;
    return operator.negated;
  }
  if (qualifier === 'all') return present.every(holdsFor);
  if (qualifier === 'any') return present.some(holdsFor);
  // A plain operator on a multivalued key: a positive one holds when some value matches, a
  // negated one when none does.
  return operator.negated ? present.every(holdsFor) : present.some(holdsFor);
}

/** A statement's whole Condition element (undefined = no condition = holds). */
export function conditionBlockHolds(block: Record<string, Record<string, unknown>> | undefined, context: RequestContext, variables: boolean): boolean {
  if (!block) return true;
  for (const [operatorName, entries] of Object.entries(block)) {
    if (!entries || typeof entries !== 'object') return false;
    for (const [key, value] of Object.entries(entries)) {
      if (!conditionHolds(operatorName, key, value, context, variables)) return false;
    }
  }
  return true;
}
