// How AWS-like the endpoint is when AWS is unfriendly. Contract errors (queue-name cooldown, purge
// cooldown, name limits, roles that cannot be assumed) are always on; `strict` adds AWS's timing:
// IAM propagation, eventual consistency and transient faults. Durations are real milliseconds, already
// multiplied by the time scale, so services compare them with Date.now() as they are.
import { readFileSync } from 'node:fs';

/** IAM: "changes ... can take time to become visible" (IAM User Guide, troubleshooting); AWS gives no figure. */
export const DEFAULT_PROPAGATION_SECONDS = 8;
/** Step Functions: UpdateStateMachine, StopExecution and the List/Describe calls are eventually consistent. */
export const DEFAULT_CONSISTENCY_SECONDS = 2;
/** SQS: "You must wait 60 seconds after deleting a queue before you can create another with the same name." */
export const QUEUE_NAME_COOLDOWN_SECONDS = 60;
/** SQS: "Only one PurgeQueue operation on a queue is allowed every 60 seconds." */
export const PURGE_COOLDOWN_SECONDS = 60;

export interface BehaviourOptions {
  /** AWS's timing behaviour: propagation, eventual consistency (and faults when faultRate > 0). */
  strict?: boolean;
  /** Seconds before a new role, or a change to a role's policies, takes effect (strict only). */
  propagationSeconds?: number;
  /** Seconds that reads lag changes where AWS is eventually consistent (strict only). */
  consistencySeconds?: number;
  /** Fraction (0–1) of API requests, and of Lambda invokes inside runs, that get a transient error (strict only). */
  faultRate?: number;
  /** Seed of the fault choice, so a failing run can be repeated exactly. */
  faultSeed?: number;
  /** An IAM policy document every caller's request is authorised against; everyone is allowed without one. */
  callerPolicy?: unknown;
}

export interface AwsBehaviour {
  readonly strict: boolean;
  /** Scaled milliseconds; 0 when not strict. */
  readonly propagationMs: number;
  /** Scaled milliseconds; 0 when not strict. */
  readonly consistencyMs: number;
  /** 0 when not strict. */
  readonly faultRate: number;
  readonly faultSeed: number;
  /** Always on (an API contract), scaled like Wait states. */
  readonly queueNameCooldownMs: number;
  readonly purgeCooldownMs: number;
  /** The parsed caller policy, or undefined: every caller allowed. */
  readonly callerPolicy?: unknown;
}

export function resolveBehaviour(options: BehaviourOptions, timeScale: number): AwsBehaviour {
  const strict = options.strict ?? false;
  const scaled = (seconds: number): number => Math.round(seconds * 1000 * timeScale);
  return {
    strict,
    propagationMs: strict ? scaled(options.propagationSeconds ?? DEFAULT_PROPAGATION_SECONDS) : 0,
    consistencyMs: strict ? scaled(options.consistencySeconds ?? DEFAULT_CONSISTENCY_SECONDS) : 0,
    faultRate: strict ? (options.faultRate ?? 0) : 0,
    faultSeed: options.faultSeed ?? 1,
    queueNameCooldownMs: scaled(QUEUE_NAME_COOLDOWN_SECONDS),
    purgeCooldownMs: scaled(PURGE_COOLDOWN_SECONDS),
    callerPolicy: options.callerPolicy,
  };
}

/** Reads an IAM policy document from a file; the error names the file and what is wrong with it. */
export function readPolicyFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the caller policy '${path}': ${(error as Error).message}`, { cause: error });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`the caller policy '${path}' is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const statement = (document as { Statement?: unknown } | null)?.Statement;
  if (!statement || typeof statement !== 'object') throw new Error(`the caller policy '${path}' has no Statement`);
  return document;
}

/** Names of the environment variables `endpoint-url: local` reads (the CLI's flags, for the action's own endpoint). */
export const BEHAVIOUR_ENV = {
  strict: 'LOCAL_ENDPOINT_STRICT',
  propagationSeconds: 'LOCAL_ENDPOINT_PROPAGATION_SECONDS',
  consistencySeconds: 'LOCAL_ENDPOINT_CONSISTENCY_SECONDS',
  faultRate: 'LOCAL_ENDPOINT_FAULT_RATE',
  faultSeed: 'LOCAL_ENDPOINT_FAULT_SEED',
  callerPolicy: 'LOCAL_ENDPOINT_CALLER_POLICY',
} as const;

/**
 * Behaviour options from strings (CLI flags or environment variables); throws naming the setting and what
 * is allowed. `name(key)` says how the user wrote each one (`--fault-rate`, `LOCAL_ENDPOINT_FAULT_RATE`).
 */
export function parseBehaviour(values: Partial<Record<keyof typeof BEHAVIOUR_ENV, string | boolean | undefined>>, name: (key: keyof typeof BEHAVIOUR_ENV) => string): BehaviourOptions {
  const number = (key: 'propagationSeconds' | 'consistencySeconds' | 'faultRate' | 'faultSeed', min: number, max: number, integer = false): number | undefined => {
    const raw = values[key];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new Error(`${name(key)} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got '${String(raw)}'`);
    }
    return value;
  };
  const strictRaw = values.strict;
  let strict: boolean | undefined;
  if (typeof strictRaw === 'boolean') strict = strictRaw;
  else if (strictRaw !== undefined && strictRaw !== '') {
    if (!/^(true|false|1|0)$/i.test(strictRaw)) throw new Error(`${name('strict')} must be true or false, got '${strictRaw}'`);
    strict = /^(true|1)$/i.test(strictRaw);
  }
  const policyPath = values.callerPolicy;
  return {
    strict,
    propagationSeconds: number('propagationSeconds', 0, 3600),
    consistencySeconds: number('consistencySeconds', 0, 3600),
    faultRate: number('faultRate', 0, 1),
    faultSeed: number('faultSeed', 0, 2 ** 31 - 1, true),
    callerPolicy: typeof policyPath === 'string' && policyPath !== '' ? readPolicyFile(policyPath) : undefined,
  };
}
