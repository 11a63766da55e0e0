// A transcript of one call sequence: what the SDK returned at each step (output or error), normalised so that
// two emulators' transcripts can be compared: ids, ARNs' random parts, account ids, timestamps and endpoint
// URLs are replaced by placeholders; everything else (keys present, value types, values, error names,
// HTTP statuses) is kept.

export interface StepResult {
  status?: number;
  output?: unknown;
  error?: string;
  /** Kept only for steps that ask for it (the message is part of the contract, e.g. CloudFormation's). */
  message?: string;
  /** The error's modelled members, for steps that ask for them. */
  details?: unknown;
}

export interface StepOptions<T> {
  /** Reduce the output to what is comparable (e.g. sort an unordered list); default: the whole output. */
  pick?: (output: T) => unknown;
  /** Compare the error message too, not only its name and status. */
  compareMessage?: boolean;
  /** Reduce an error's modelled members (e.g. CancellationReasons) to what is comparable. */
  pickError?: (error: Record<string, unknown>) => unknown;
}

const ACCOUNTS = /\b(000000000000|123456789012)\b/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// The endpoint's own URL, and the AWS-style service host some emulators put in queue URLs instead.
const ENDPOINT_URL = /https?:\/\/(127\.0\.0\.1(:\d+)?|localhost(:\d+)?|[a-z0-9-]+\.[a-z0-9-]+\.amazonaws\.com)/g;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/;

/** Keys whose values are random or per-emulator by nature: only their presence and type are compared. */
const OPAQUE_KEYS = new Set([
  'RequestId',
  'requestId',
  'MessageId',
  'ReceiptHandle',
  'RoleId',
  'EventId',
  'ClientRequestToken',
  'SequenceNumber',
  'UserId',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'SentTimestamp',
  'ApproximateFirstReceiveTimestamp',
  'TableId',
]);

export function normaliseString(value: string): string {
  if (ISO_TIME.test(value)) return '<timestamp>';
  return value.replace(ENDPOINT_URL, '<endpoint>').replace(UUID, '<uuid>').replace(ACCOUNTS, '<account>');
}

/** Placeholders for what differs by nature; keys sorted so that key order never matters. */
export function normalise(value: unknown, key?: string): unknown {
  if (value === undefined || value === null) return value;
  if (key && OPAQUE_KEYS.has(key)) return `<${typeof value}>`;
  if (value instanceof Date) return '<timestamp>';
  if (value instanceof Uint8Array) return `<bytes:${Buffer.from(value).toString('base64')}>`;
  if (typeof value === 'string') return normaliseString(value);
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const name of Object.keys(value as object).sort()) {
      if (name === '$metadata') continue;
      const item = (value as Record<string, unknown>)[name];
      if (item === undefined) continue;
      result[name] = normalise(item, name);
    }
    return result;
  }
  return value;
}

export class Transcript {
  readonly steps: { name: string; result: StepResult }[] = [];

  /** Runs one SDK call; records its (normalised) output or its error; returns the raw output (undefined on error). */
  async step<T>(name: string, call: () => Promise<T>, options: StepOptions<T> = {}): Promise<T | undefined> {
    if (this.steps.some((step) => step.name === name)) throw new Error(`step name used twice: ${name}`);
    try {
      const output = await call();
      const status = (output as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
      this.steps.push({ name, result: { status, output: normalise(options.pick ? options.pick(output) : output) } });
      return output;
    } catch (caught) {
      const error = caught as Error & { $metadata?: { httpStatusCode?: number } };
      if (!error.$metadata) throw error; // not an AWS answer (a bug in the scenario or a network failure)
      this.steps.push({
        name,
        result: {
          status: error.$metadata.httpStatusCode,
          error: error.name,
          ...(options.compareMessage ? { message: normaliseString(error.message) } : {}),
          ...(options.pickError ? { details: normalise(options.pickError(error as unknown as Record<string, unknown>)) } : {}),
        },
      });
      return undefined;
    }
  }
}

export interface Difference {
  /** `<step> <path>`, e.g. `describe stack .output.Stacks[0].DriftInformation`. */
  where: string;
  ours: unknown;
  moto: unknown;
}

function diffValues(where: string, ours: unknown, moto: unknown, out: Difference[]): void {
  if (Array.isArray(ours) && Array.isArray(moto)) {
    if (ours.length !== moto.length) out.push({ where: `${where}.length`, ours: ours.length, moto: moto.length });
    for (let i = 0; i < Math.min(ours.length, moto.length); i++) diffValues(`${where}[${i}]`, ours[i], moto[i], out);
    return;
  }
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(ours) && isObject(moto)) {
    const a = ours as Record<string, unknown>;
    const b = moto as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diffValues(`${where}.${key}`, a[key], b[key], out);
    return;
  }
  if (JSON.stringify(ours) !== JSON.stringify(moto)) {
    out.push({ where, ours: ours === undefined ? '(absent)' : ours, moto: moto === undefined ? '(absent)' : moto });
  }
}

/** Every difference between two transcripts of the same sequence, step by step. */
export function compareTranscripts(ours: Transcript, moto: Transcript): Difference[] {
  const differences: Difference[] = [];
  const names = ours.steps.map((s) => s.name);
  const motoNames = moto.steps.map((s) => s.name);
  if (JSON.stringify(names) !== JSON.stringify(motoNames)) {
    differences.push({ where: '(steps)', ours: names, moto: motoNames });
  }
  for (const step of ours.steps) {
    const other = moto.steps.find((s) => s.name === step.name);
    if (other) diffValues(`${step.name} `, step.result, other.result, differences);
  }
  return differences;
}

/** One accepted difference: where (a regular expression over `Difference.where`) and why it is accepted. */
export interface Allowance {
  where: RegExp;
  reason: string;
}

/** The differences no allowance covers, and the allowances nothing used (stale, or fixed since). */
export function applyAllowances(differences: Difference[], allowances: Allowance[]): { unexplained: Difference[]; unused: Allowance[] } {
  const used = new Set<Allowance>();
  const unexplained = differences.filter((difference) => {
    const allowance = allowances.find((a) => a.where.test(difference.where));
    if (allowance) used.add(allowance);
    return !allowance;
  });
  return { unexplained, unused: allowances.filter((a) => !used.has(a)) };
}

export function formatDifferences(differences: Difference[]): string {
  return differences.map((d) => `${d.where}: ours=${JSON.stringify(d.ours)} moto=${JSON.stringify(d.moto)}`).join('\n');
}
