// Is a definition valid? asl-validator offline, and Step Functions' own ValidateStateMachineDefinition where the
// endpoint has it. Also: which states a new definition adds or removes.
import aslValidator from 'asl-validator';
import { ValidateStateMachineDefinitionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { AslDefinition } from './build';

/** A definition that failed validation; the message lists every problem. */
export class InvalidDefinitionError extends Error {
  constructor(
    readonly problems: string[],
    readonly source: 'asl-validator' | 'ValidateStateMachineDefinition',
  ) {
    super(`The state machine definition is invalid (${source}): ${problems.join('; ')}`);
    this.name = 'InvalidDefinitionError';
  }
}

type States = Record<string, Record<string, unknown>>;

const statesOf = (container: unknown): States =>
  ((container as { States?: States } | undefined)?.States ?? {}) as States;

/** Whether a set of states has a terminal one (End, Succeed or Fail). */
const hasTerminal = (states: States): boolean =>
  Object.values(states).some((state) => state.End === true || state.Type === 'Succeed' || state.Type === 'Fail');

/** Findings by definition text (a few: an action run validates one or two definitions). */
const judged = new Map<string, string[]>();
const MAX_JUDGED = 16;

/**
 * Problems asl-validator finds, as "CODE: message". The pump loops forever, so its top level has no terminal
 * state: AWS accepts that, asl-validator does not; that one finding (and only for the top level) is dropped.
 */
export function validateOffline(definition: AslDefinition): string[] {
  // asl-validator builds its JSON-schema validator anew on every call (over a second of CPU on a small runner):
  // a definition already judged is not judged again.
  const key = JSON.stringify(definition);
  const known = judged.get(key);
  if (known) return [...known];
  // asl-validator writes QueryLanguage into every state: give it a copy.
  const result = aslValidator(structuredClone(definition));
  const topLevelLoops = !hasTerminal(statesOf(definition));
  const problems = result.errors
    .filter((error) => !(topLevelLoops && error['Error code'] === 'MISSING_TERMINAL_STATE' && /\bfsm1\b/.test(error.Message)))
    .map((error) => `${error['Error code']}: ${error.Message}`);
  if (judged.size >= MAX_JUDGED) judged.delete(judged.keys().next().value!);
  judged.set(key, problems);
  return [...problems];
}

/** Error names an endpoint answers with when it does not have an operation (LocalStack, the local endpoint). */
const NOT_AVAILABLE = new Set(['UnknownOperationException', 'UnknownOperation', 'NotImplemented', 'NotImplementedException', 'InvalidAction']);

function isNotAvailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return NOT_AVAILABLE.has(err.name) || status === 501 || /not (yet )?implemented|unknown operation/i.test(err.message);
}

export interface ServiceValidation {
  /** True when the endpoint does not offer ValidateStateMachineDefinition. */
  skipped: boolean;
  errors: string[];
  warnings: string[];
}

/** Step Functions' own validation; skipped (not failed) when the endpoint does not implement it. */
export async function validateWithService(sfn: SFNClient, definition: AslDefinition): Promise<ServiceValidation> {
  try {
    const answer = await sfn.send(
      new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify(definition), type: 'STANDARD' }),
    );
    const describe = (d: { code?: string; message?: string; location?: string }): string =>
      `${d.code ?? 'ERROR'}: ${d.message ?? ''}${d.location ? ` (at ${d.location})` : ''}`;
    const diagnostics = answer.diagnostics ?? [];
    const errors = diagnostics.filter((d) => d.severity !== 'WARNING').map(describe);
    if (answer.result === 'FAIL' && errors.length === 0) errors.push('FAIL: no diagnostic given');
    return { skipped: false, errors: answer.result === 'OK' ? [] : errors, warnings: diagnostics.filter((d) => d.severity === 'WARNING').map(describe) };
  } catch (err) {
    if (isNotAvailable(err)) return { skipped: true, errors: [], warnings: [] };
    throw err;
  }
}

/** Validates offline, then with the service when one is given; throws InvalidDefinitionError on the first failure. */
export async function validateDefinition(definition: AslDefinition, sfn?: SFNClient): Promise<ServiceValidation | undefined> {
  const offline = validateOffline(definition);
  if (offline.length > 0) throw new InvalidDefinitionError(offline, 'asl-validator');
  if (!sfn) return undefined;
  const remote = await validateWithService(sfn, definition);
  if (remote.errors.length > 0) throw new InvalidDefinitionError(remote.errors, 'ValidateStateMachineDefinition');
  return remote;
}

/** Every state name in the definition, those inside Map iterators and Parallel branches included. */
export function stateNames(definition: unknown): string[] {
  const names: string[] = [];
  const visit = (container: unknown): void => {
    for (const [name, state] of Object.entries(statesOf(container))) {
      names.push(name);
      visit(state.ItemProcessor ?? state.Iterator);
      for (const branch of (state.Branches as unknown[] | undefined) ?? []) visit(branch);
    }
  };
  visit(definition);
  return names;
}

/** States the new definition adds and those it removes (nested ones included). */
export function diffStates(before: unknown, after: unknown): { added: string[]; removed: string[] } {
  const old = new Set(stateNames(before));
  const next = new Set(stateNames(after));
  return {
    added: [...next].filter((name) => !old.has(name)),
    removed: [...old].filter((name) => !next.has(name)),
  };
}
