// A state machine definition: parsed and validated as CreateStateMachine does, and walked for the
// states the runner must know about (Task states by name, Wait states, Map item paths), including
// those inside Map item processors and Parallel branches.
import aslValidator from 'asl-validator';
import { AwsError } from '../../types';

export interface StateDefinition {
  Type: string;
  Resource?: string;
  Seconds?: number;
  ItemsPath?: string;
  TimeoutSeconds?: number;
  TimeoutSecondsPath?: string;
  Iterator?: StatesContainer;
  ItemProcessor?: StatesContainer;
  Branches?: StatesContainer[];
  [field: string]: unknown;
}
export interface StatesContainer {
  StartAt: string;
  States: Record<string, StateDefinition>;
  [field: string]: unknown;
}
export interface MachineDefinition extends StatesContainer {
  TimeoutSeconds?: number;
  Comment?: string;
}

export interface Diagnostic {
  severity: 'ERROR';
  code: string;
  message: string;
}

/**
 * The pump loops forever (its top level has no End), which AWS accepts but asl-validator reports as
 * MISSING_TERMINAL_STATE; that one finding is not an error here.
 */
const ACCEPTED_BY_AWS = new Set(['MISSING_TERMINAL_STATE']);

/**
 * asl-validator compiles its JSON schemas on every call (about half a second), and the same definitions
 * come back again and again (create, idempotent create, update, CloudFormation): remember recent verdicts.
 */
const recentVerdicts = new Map<string, Diagnostic[]>();
const REMEMBERED_VERDICTS = 64;

/** Diagnostics as ValidateStateMachineDefinition returns them (empty when valid). */
export function diagnose(text: string): Diagnostic[] {
  const known = recentVerdicts.get(text);
  if (known) return known;
  const verdict = validate(text);
  if (recentVerdicts.size >= REMEMBERED_VERDICTS) recentVerdicts.delete(recentVerdicts.keys().next().value as string);
  recentVerdicts.set(text, verdict);
  return verdict;
}

function validate(text: string): Diagnostic[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [{ severity: 'ERROR', code: 'INVALID_JSON_DESCRIPTION', message: (error as Error).message }];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'The definition must be a JSON object' }];
  }
  // asl-validator mutates what it is given; hand it a copy of its own.
  const result = aslValidator(JSON.parse(text), { checkPaths: true, checkArn: true });
  return result.errors
    .filter((e) => !ACCEPTED_BY_AWS.has(e['Error code']))
    .map((e) => ({ severity: 'ERROR' as const, code: e['Error code'], message: e.Message }));
}

/** Parses a definition or throws InvalidDefinition with AWS's message shape. */
export function parseDefinition(text: string): MachineDefinition {
  const problems = diagnose(text);
  if (problems.length > 0) {
    const listed = problems.map((p) => `${p.code}: ${p.message}`).join(', ');
    throw new AwsError('InvalidDefinition', `Invalid State Machine Definition: '${listed}'`);
  }
  return JSON.parse(text) as MachineDefinition;
}

/** Every state of the definition, nested ones too, with its name. */
export function allStates(container: StatesContainer): [string, StateDefinition][] {
  const out: [string, StateDefinition][] = [];
  for (const [name, state] of Object.entries(container.States ?? {})) {
    out.push([name, state]);
    const nested = [state.ItemProcessor, state.Iterator, ...(state.Branches ?? [])].filter((c): c is StatesContainer => Boolean(c));
    for (const child of nested) out.push(...allStates(child));
  }
  return out;
}

/** Resolves a simple reference path (`$`, `$.a.b`, `$['a']`) against a value; undefined if it cannot. */
export function resolvePath(path: string, value: unknown): unknown {
  if (path === '$') return value;
  const steps = path.replace(/^\$/, '').match(/\.[^.[\]]+|\['[^']+'\]|\[\d+\]/g);
  if (!steps || steps.join('') !== path.slice(1)) return undefined;
  let current: unknown = value;
  for (const step of steps) {
    const key = step.startsWith('.') ? step.slice(1) : step.startsWith("['") ? step.slice(2, -2) : Number(step.slice(1, -1));
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
