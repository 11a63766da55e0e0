// The Lambda service's state: functions (configuration, code, tags) by region and name, each with
// its warm runtime. No wire shapes here; handler.ts turns requests into these calls.
import { createHash, randomUUID } from 'node:crypto';
import { sessionCredentials } from '../../iam-policy/sessions';
import { requireLambdaCanAssume } from '../../iam-policy/trust';
import { AwsError, type EndpointSettings, type IamBackend, type LambdaFunctionSpec, type Persistable } from '../../types';
import { FunctionRuntime, type InvocationOutcome } from './runtime';
import type { PackageFiles } from './zip';

/** The configuration as GetFunctionConfiguration returns it. */
export interface FunctionConfiguration {
  FunctionName: string;
  FunctionArn: string;
  Runtime: string;
  Role: string;
  Handler: string;
  CodeSize: number;
  CodeSha256: string;
  Description: string;
  Timeout: number;
  MemorySize: number;
  LastModified: string;
  Version: '$LATEST';
  Environment?: { Variables: Record<string, string> };
  State: 'Active';
  LastUpdateStatus: 'Successful';
  PackageType: 'Zip';
  Architectures: string[];
  RevisionId: string;
}

export interface FunctionCode {
  /** Path inside the package -> UTF-8 text (the function code is JavaScript). */
  files: Record<string, string>;
  /** The bytes CodeSize and CodeSha256 describe (the zip, or the inline source). */
  size: number;
  sha256: string;
}

interface FunctionRecord {
  region: string;
  config: FunctionConfiguration;
  code: FunctionCode;
  tags: Record<string, string>;
  runtime?: FunctionRuntime;
}

export interface CreateInput {
  FunctionName: string;
  Runtime: string;
  Handler: string;
  Role: string;
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Environment?: { Variables?: Record<string, string> };
  Architectures?: string[];
  Tags?: Record<string, string>;
}

const NAME_PATTERN = /^[a-zA-Z0-9-_]+$/;
const NAME_MAX = 64;

/** What Lambda asks of IAM: whether it may assume a function's role, and the role (for its credentials). */
export type RoleLookup = Pick<IamBackend, 'checkAssumable' | 'effectiveRole'>;

/** Code from a zip's files, or CloudFormation's inline source (an index.js). */
export function codeFromPackage(files: PackageFiles, zip: Buffer): FunctionCode {
  const text: Record<string, string> = {};
  for (const [path, content] of files) text[path] = content.toString('utf8');
  return { files: text, size: zip.length, sha256: createHash('sha256').update(zip).digest('base64') };
}
export function codeFromInlineSource(source: string): FunctionCode {
  const bytes = Buffer.from(source, 'utf8');
  return { files: { 'index.js': source }, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('base64') };
}

/** `2024-01-02T03:04:05.678+0000`, Lambda's LastModified format. */
function lambdaTimestamp(ms = Date.now()): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export class FunctionStore implements Persistable {
  private readonly functions = new Map<string, FunctionRecord>();
  /** Runtimes replaced or deleted whose calls in flight are finishing; ended for good on close(). */
  private readonly retiring = new Set<FunctionRuntime>();

  /** The IAM backend, read at each use; none only for stand-alone tests, which then skip role checks. */
  private roles: () => RoleLookup | undefined = () => undefined;

  constructor(private readonly settings: EndpointSettings) {}

  /** Where roles are checked and looked up (the IAM backend, possibly made after this store). */
  useRoles(roles: () => RoleLookup | undefined): void {
    this.roles = roles;
  }

  arn(name: string, region: string): string {
    return `arn:aws:lambda:${region}:${this.settings.accountId}:function:${name}`;
  }

  create(input: CreateInput, code: FunctionCode, region: string): FunctionConfiguration {
    if (typeof input.FunctionName === 'string' && input.FunctionName.length > NAME_MAX) {
      throw new AwsError('InvalidParameterValueException', `1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to ${NAME_MAX}`);
    }
    if (!NAME_PATTERN.test(input.FunctionName)) {
      throw new AwsError('ValidationException', `1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`);
    }
    for (const field of ['Runtime', 'Handler', 'Role'] as const) {
      if (!input[field]) throw new AwsError('InvalidParameterValueException', `${field} is required`);
    }
    const key = `${region}/${input.FunctionName}`;
    if (this.functions.has(key)) throw new AwsError('ResourceConflictException', `Function already exist: ${input.FunctionName}`, 409);
    const timeout = input.Timeout ?? 3;
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 900) {
      throw new AwsError('InvalidParameterValueException', `Value ${timeout} at 'timeout' failed to satisfy constraint: Member must have value between 1 and 900`);
    }
    this.requireAssumable(input.Role, input.FunctionName, region);
    const config: FunctionConfiguration = {
      FunctionName: input.FunctionName,
      FunctionArn: this.arn(input.FunctionName, region),
      Runtime: input.Runtime,
      Role: input.Role,
      Handler: input.Handler,
      CodeSize: code.size,
      CodeSha256: code.sha256,
      Description: input.Description ?? '',
      Timeout: timeout,
      MemorySize: input.MemorySize ?? 128,
      LastModified: lambdaTimestamp(),
      Version: '$LATEST',
      ...(input.Environment?.Variables ? { Environment: { Variables: { ...input.Environment.Variables } } } : {}),
      State: 'Active',
      LastUpdateStatus: 'Successful',
      PackageType: 'Zip',
      Architectures: input.Architectures ?? ['x86_64'],
      RevisionId: randomUUID(),
    };
    this.functions.set(key, { region, config, code, tags: { ...(input.Tags ?? {}) } });
    this.settings.markDirty();
    return config;
  }

  /** From CloudFormation: the inline source becomes index.js. */
  createFromSpec(spec: LambdaFunctionSpec, region: string): FunctionConfiguration {
    return this.create(spec, codeFromInlineSource(spec.ZipFile ?? ''), region);
  }

  get(nameOrArn: string, region: string): FunctionRecord {
    const found = this.find(nameOrArn, region);
    if (!found) {
      const { name, region: at } = parseFunctionRef(nameOrArn, region);
      throw new AwsError('ResourceNotFoundException', `Function not found: ${this.arn(name, at)}`, 404);
    }
    return found;
  }

  find(nameOrArn: string, region: string): FunctionRecord | undefined {
    const { name, region: at } = parseFunctionRef(nameOrArn, region);
    return this.functions.get(`${at}/${name}`);
  }

  list(region: string): FunctionConfiguration[] {
    return [...this.functions.values()].filter((f) => f.region === region).map((f) => f.config).sort((a, b) => a.FunctionName.localeCompare(b.FunctionName));
  }

  /** Removes the function at once (throws if unknown); calls in flight finish, then its workers end. */
  delete(nameOrArn: string, region: string): Promise<void> {
    const record = this.get(nameOrArn, region);
    this.functions.delete(`${record.region}/${record.config.FunctionName}`);
    this.settings.markDirty();
    return this.retire(record.runtime);
  }

  async updateCode(nameOrArn: string, code: FunctionCode, region: string): Promise<FunctionConfiguration> {
    const record = this.get(nameOrArn, region);
    record.code = code;
    Object.assign(record.config, { CodeSize: code.size, CodeSha256: code.sha256 });
    return this.changed(record);
  }

  async updateConfiguration(nameOrArn: string, changes: Partial<CreateInput>, region: string): Promise<FunctionConfiguration> {
    const record = this.get(nameOrArn, region);
    if (changes.Role !== undefined) this.requireAssumable(changes.Role, record.config.FunctionName, record.region);
    for (const field of ['Runtime', 'Handler', 'Role', 'Description', 'Timeout', 'MemorySize'] as const) {
      if (changes[field] !== undefined) Object.assign(record.config, { [field]: changes[field] });
    }
    if (changes.Environment) record.config.Environment = { Variables: { ...(changes.Environment.Variables ?? {}) } };
    return this.changed(record);
  }

  tags(nameOrArn: string, region: string): Record<string, string> {
    return this.get(nameOrArn, region).tags;
  }

  async invoke(nameOrArn: string, payload: string, region: string, requestId: string): Promise<InvocationOutcome> {
    const record = this.get(nameOrArn, region);
    if (!record.config.Runtime.startsWith('nodejs')) {
      const body = { errorType: 'Runtime.InvalidRuntime', errorMessage: `The local endpoint runs Node.js functions only, not ${record.config.Runtime}`, trace: [] };
      return { payload: JSON.stringify(body), functionError: 'Unhandled', logTail: '' };
    }
    record.runtime ??= this.runtimeFor(record);
    return record.runtime.invoke(payload, requestId);
  }

  async close(): Promise<void> {
    const runtimes = [...this.retiring, ...[...this.functions.values()].map((f) => f.runtime)];
    await Promise.all(runtimes.map((runtime) => runtime?.close()));
  }

  /** Lambda refuses a role it cannot assume (missing, not yet propagated, or not trusting lambda.amazonaws.com). */
  private requireAssumable(roleArn: string, functionName: string, region: string): void {
    const roles = this.roles();
    if (roles) requireLambdaCanAssume(roles, roleArn, { accountId: this.settings.accountId, region, sourceArn: this.arn(functionName, region) });
  }

  /**
   * The function's process runs as its role, as on Lambda: session credentials naming the role (session
   * named after the function), so its own SDK calls reach the endpoint as that role. A role that is gone
   * leaves the process the endpoint's anonymous key.
   */
  private credentialsFor(config: FunctionConfiguration): Record<string, string> {
    const role = this.roles()?.effectiveRole(config.Role);
    if (!role) return { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' };
    const session = sessionCredentials(role, config.FunctionName);
    return { AWS_ACCESS_KEY_ID: session.accessKeyId, AWS_SECRET_ACCESS_KEY: session.secretAccessKey, AWS_SESSION_TOKEN: session.sessionToken };
  }

  private async retire(runtime: FunctionRuntime | undefined): Promise<void> {
    if (!runtime) return;
    this.retiring.add(runtime);
    await runtime.retire();
  }

  snapshot(): unknown {
    return [...this.functions.values()].map(({ region, config, code, tags }) => ({ region, config, code, tags }));
  }

  restore(snapshot: unknown): void {
    if (!Array.isArray(snapshot)) return;
    for (const saved of snapshot as FunctionRecord[]) {
      this.functions.set(`${saved.region}/${saved.config.FunctionName}`, { region: saved.region, config: saved.config, code: saved.code, tags: saved.tags ?? {} });
    }
  }

  private async changed(record: FunctionRecord): Promise<FunctionConfiguration> {
    record.config.LastModified = lambdaTimestamp();
    record.config.RevisionId = randomUUID();
    const old = record.runtime;
    record.runtime = undefined; // the next invocation starts cold with the new code or settings
    this.settings.markDirty();
    await this.retire(old);
    return record.config;
  }

  private runtimeFor(record: FunctionRecord): FunctionRuntime {
    const { config } = record;
    const setup = {
      files: record.code.files,
      handler: config.Handler,
      functionName: config.FunctionName,
      functionArn: config.FunctionArn,
      memorySize: config.MemorySize,
    };
    // Read when a worker starts: the endpoint's URL is known only once it listens.
    const env = (): Record<string, string> => ({
      ...(config.Environment?.Variables ?? {}),
      AWS_REGION: record.region,
      AWS_DEFAULT_REGION: record.region,
      AWS_ENDPOINT_URL: this.settings.url,
      ...this.credentialsFor(config),
      AWS_LAMBDA_FUNCTION_NAME: config.FunctionName,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.MemorySize),
      AWS_LAMBDA_FUNCTION_TIMEOUT: String(config.Timeout),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${config.FunctionName}`,
      AWS_EXECUTION_ENV: `AWS_Lambda_${config.Runtime}`,
      LAMBDA_TASK_ROOT: '/var/task',
      TZ: ':UTC',
    });
    return new FunctionRuntime(setup, env, config.Timeout);
  }
}

/**
 * A function named by name, full ARN (with or without a qualifier) or partial ARN
 * (`123456789012:function:name`); the region of an ARN wins over the request's.
 */
export function parseFunctionRef(ref: string, region: string): { name: string; region: string } {
  const parts = ref.split(':');
  if (parts[0] === 'arn' && parts.length >= 7) return { name: parts[6], region: parts[3] || region };
  if (parts.length >= 3 && parts[1] === 'function') return { name: parts[2], region };
  return { name: parts[0], region };
}
