// The action's inputs, parsed and validated in one place before any AWS call.
// (Parsing is implemented by parseInputs below; the types are the contract the operations use.)
// Kept free of AWS and GitHub modules: a bad input is rejected before anything heavy is loaded.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, parseDocument } from 'yaml';
import { partitionOf, partitionOfArn } from './aws/partition';
import { messageProblem } from './message-limits';

export const OPERATIONS = ['deploy', 'demo', 'update', 'destroy', 'lifecycle'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Message {
  user_name: string;
  message: string;
}

export interface ActionInputs {
  operation: Operation;
  stackName: string;
  stateMachineName: string;
  /** Absolute path of the CloudFormation template (default: the bundled setup.yaml). */
  templatePath: string;
  /**
   * The template's text, read and checked once here (deploy and lifecycle only), so what is sent is what was
   * checked: a file swapped after the check is never sent.
   */
  templateBody?: string;
  /** For `update`: build the definition with the SQS `Send` state (default true). */
  includeSqs: boolean;
  /** Optional path of an ASL file (JSON or YAML) whose ${OutputKey} placeholders are filled from the stack outputs. */
  definitionPath?: string;
  messages: Message[];
  timeoutSeconds: number;
  region: string;
  /** undefined: the SDK's default; 'local': an endpoint started in-process; else an http(s) URL. */
  endpointUrl?: string;
  /** Allow destroying a stack this action did not create. */
  force: boolean;
  /** A CloudFormation service role: CloudFormation acts with its permissions instead of the caller's. */
  roleArn?: string;
}

export const DEFAULTS = {
  stackName: 'doc-example-stepfunctions-messages-stack',
  stateMachineName: 'doc-example-dynamodb-message-pump',
  timeoutSeconds: 300,
  messages: [
    { user_name: 'wills', message: 'Brevity is the soul of wit.' },
    { user_name: 'janea', message: 'Let us never underestimate the power of a well-written letter.' },
    { user_name: 'lewisc', message: 'Why is a raven like a writing-desk?' },
  ] as Message[],
  lateMessage: { user_name: 'wills', message: 'Action is eloquence.' } as Message,
} as const;

/** An input that is not allowed: names the input and what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

// ---- parsing ----

/** Reads one input by its action.yml name ('' when unset), as core.getInput does. */
export type GetInput = (name: string) => string;

/** CloudFormation: starts with a letter; letters, digits and hyphens; at most 128 characters. */
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
/** Step Functions: 1-80 characters; we allow the subset that is safe everywhere (logs, ARNs, URLs). */
const STATE_MACHINE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
/** us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1 ... */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** `messages` arrives as an environment variable (Linux caps one at 128 KiB): a longer list comes from a file. */
const MAX_MESSAGES = 1000;
const MAX_FILE_MESSAGES = 10_000;
/** A messages file is read whole: 10,000 messages of a few KiB each fit; anything bigger is not a message list. */
const MAX_MESSAGES_FILE_BYTES = 16 * 1024 * 1024;
/** The pump's pace on AWS: its scan hands on at most 100 messages a pass, and it waits 10 s between passes. */
const PUMP_BATCH = 100;
const PUMP_PAUSE_SECONDS = 10;
const MAX_TIMEOUT_SECONDS = 21600; // six hours: a GitHub-hosted job's own limit

/** Operations that create the stack, and so need the template. */
const USES_TEMPLATE: readonly Operation[] = ['deploy', 'lifecycle'];

/** CloudFormation's limit for a template passed inline (TemplateBody); a larger one must come from S3. */
export const MAX_TEMPLATE_BODY_BYTES = 51_200;
/** IAM role names and Lambda function names: at most 64 characters. */
const MAX_ROLE_OR_FUNCTION_NAME = 64;
/** The bundled setup.yaml's name suffixes: roles `${StackName}-${Region}-scan|steps`, function `${StackName}-scan-messages`. */
const ROLE_SUFFIXES = ['-scan', '-steps'];
const FUNCTION_SUFFIX = '-scan-messages';
/**
 * The stack name whose derived table and queue names (`<name>-messages`, `<name>-queue`) are the names the default
 * stack keeps from the reference: two stacks would then share one table and one queue.
 */
const SHADOWS_DEFAULT_STACK = 'doc-example-stepfunctions';
/** IAM role ARN: arn:<partition>:iam::<account>:role/<optional path/><name>. */
const ROLE_ARN = /^arn:[a-z-]+:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export function parseInputs(getInput: GetInput, env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const read = (name: string): string => (getInput(name) ?? '').trim();

  const operation = parseOperation(read('operation'));
  const stackName = read('stack-name') || DEFAULTS.stackName;
  if (!STACK_NAME.test(stackName)) {
    throw new InputError(
      'stack-name',
      `'${stackName}' is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128 characters)`,
    );
  }
  const stateMachineName = read('state-machine-name') || DEFAULTS.stateMachineName;
  if (!STATE_MACHINE_NAME.test(stateMachineName)) {
    throw new InputError(
      'state-machine-name',
      `'${stateMachineName}' is not a valid state machine name (1 to 80 letters, digits, hyphens and underscores)`,
    );
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const templateInput = read('template');
  const template = parseTemplate(templateInput, workspace, USES_TEMPLATE.includes(operation));
  const includeSqs = parseBoolean('include-sqs', read('include-sqs'), true);
  const definitionPath = parseDefinitionPath(read('definition'), workspace);
  const timeoutSeconds = parseTimeout(read('timeout-seconds'));
  const endpointUrl = parseEndpoint(read('endpoint-url'), env);
  const messages = parseMessageInputs(read('messages'), read('messages-file'), workspace, { operation, timeoutSeconds, endpointUrl });
  checkMessageLimits(read('messages-file') ? 'messages-file' : 'messages', messages);
  const region = parseRegion(read('region'), env, endpointUrl === 'local');
  const force = parseBoolean('force', read('force'), false);
  const roleArn = parseRoleArn(read('role-arn'), region);
  // The names below are the bundled template's; another template names its resources its own way.
  if (!templateInput) checkDerivedNames(stackName, region);

  return {
    operation,
    stackName,
    stateMachineName,
    templatePath: template.path,
    ...(template.body !== undefined ? { templateBody: template.body } : {}),
    includeSqs,
    ...(definitionPath ? { definitionPath } : {}),
    messages,
    timeoutSeconds,
    region,
    ...(endpointUrl ? { endpointUrl } : {}),
    force,
    ...(roleArn ? { roleArn } : {}),
  };
}

function parseOperation(value: string): Operation {
  const allowed = OPERATIONS.join(', ');
  if (!value) throw new InputError('operation', `required: one of ${allowed}`);
  if (!(OPERATIONS as readonly string[]).includes(value)) {
    throw new InputError('operation', `'${value}' is not one of ${allowed}`);
  }
  return value as Operation;
}

/** The forms core.getBooleanInput accepts (YAML 1.2 core schema), so the action reads like any other. */
function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `'${value}' is not true or false`);
}

function parseTemplate(value: string, workspace: string, required: boolean): { path: string; body?: string } {
  if (!value) {
    const bundled = join(actionRoot(), 'setup.yaml');
    if (required && !isFile(bundled)) throw new InputError('template', `file not found: ${bundled} (the setup.yaml bundled with the action)`);
    return required ? { path: bundled, body: readTemplate(bundled) } : { path: bundled };
  }
  // An operation that does not deploy never reads the template, but a path out of the workspace is refused all the same.
  if (!required && !isFile(resolve(workspace, value))) return { path: resolve(workspace, value) };
  const path = insideWorkspace('template', value, workspace, 'a CloudFormation template');
  return required ? { path, body: readTemplate(path) } : { path };
}

/**
 * Reads and checks a template as CloudFormation will: at most 51,200 bytes inline, JSON or YAML (the short
 * tags !Ref, !Sub, ... are left unresolved here, as only the shape is checked), a mapping with a non-empty
 * Resources map. YAML aliases are bounded by the parser, so an alias bomb is refused rather than expanded.
 */
function readTemplate(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_TEMPLATE_BODY_BYTES) {
    throw new InputError('template', `${path} is ${size} bytes; CloudFormation takes at most ${MAX_TEMPLATE_BODY_BYTES} bytes inline (TemplateBody)`);
  }
  const body = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    if (/^\s*\{/.test(body)) {
      parsed = JSON.parse(body);
    } else {
      // Unknown tags (CloudFormation's short forms) are warnings, not errors; errors are syntax.
      const document = parseDocument(body, { logLevel: 'silent', uniqueKeys: true });
      if (document.errors.length > 0) throw document.errors[0];
      parsed = document.toJS({ maxAliasCount: 100 });
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError('template', `${path} is not a valid JSON or YAML template: ${reason}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('template', `${path} is not a CloudFormation template (a JSON or YAML mapping with a Resources section)`);
  }
  const resources = (parsed as Record<string, unknown>).Resources;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources) || Object.keys(resources).length === 0) {
    throw new InputError('template', `${path} has no Resources map: a CloudFormation template declares at least one resource`);
  }
  return body;
}

function parseDefinitionPath(value: string, workspace: string): string | undefined {
  if (!value) return undefined;
  const path = insideWorkspace('definition', value, workspace, 'a JSON or YAML Amazon States Language file');
  checkDefinitionSize(path);
  return path;
}

/** Step Functions' limit for a state machine definition (CreateStateMachine / UpdateStateMachine `definition`). */
export const MAX_DEFINITION_CHARACTERS = 1_048_576;

/**
 * A definition over Step Functions' 1,048,576 characters is refused before it is read as YAML or sent. Characters,
 * not bytes: a file of more bytes may still be short enough when it holds multi-byte characters, so only such a
 * file is read to count them (one of more than four bytes a character cannot be).
 */
function checkDefinitionSize(path: string): void {
  const size = statSync(path).size;
  if (size <= MAX_DEFINITION_CHARACTERS) return;
  const characters = size > 4 * MAX_DEFINITION_CHARACTERS ? size : [...readFileSync(path, 'utf8')].length;
  if (characters > MAX_DEFINITION_CHARACTERS) {
    throw new InputError(
      'definition',
      `${path} is ${size} bytes${characters < size ? ` (${characters} characters)` : ''}; Step Functions takes a definition of at most ${MAX_DEFINITION_CHARACTERS} characters (1 MB)`,
    );
  }
}

/**
 * Each message against the limits it meets in the table, on the queue and in the state machine (message-limits.ts),
 * before any AWS call: the first message that breaks one is the error, naming the input and the item.
 */
export function checkMessageLimits(input: string, messages: Message[]): void {
  messages.forEach((message, index) => {
    const problem = messageProblem(message, `item ${index + 1}`);
    if (problem) throw new InputError(input, problem);
  });
}

/**
 * The real path of a file given relative to the workspace, refused unless it is a regular file inside the
 * workspace once every link is resolved: `../../etc/passwd`, `/proc/self/environ` or a link out of the workspace
 * would otherwise send a file of the runner (secrets included) to AWS.
 */
function insideWorkspace(input: string, value: string, workspace: string, what: string): string {
  const path = resolve(workspace, value);
  if (!isFile(path)) throw new InputError(input, `file not found: ${path} (${what})`);
  let real: string;
  let root: string;
  try {
    real = realpathSync(path);
    root = realpathSync(workspace);
  } catch (err) {
    throw new InputError(input, `cannot resolve ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const within = relative(root, real);
  if (within === '' || within.startsWith('..') || isAbsolute(within)) {
    throw new InputError(input, `'${value}' is outside the workspace (${root}); give a path to a file inside it`);
  }
  return real;
}

/**
 * Refuses a stack name the bundled template cannot deploy: its role names (`<stack>-<region>-scan|steps`) and
 * function name (`<stack>-scan-messages`) must fit IAM's and Lambda's 64 characters, and a stack named
 * doc-example-stepfunctions would take the default stack's table and queue.
 */
function checkDerivedNames(stackName: string, region: string): void {
  const longest = Math.min(
    ...ROLE_SUFFIXES.map((suffix) => MAX_ROLE_OR_FUNCTION_NAME - `-${region}${suffix}`.length),
    MAX_ROLE_OR_FUNCTION_NAME - FUNCTION_SUFFIX.length,
  );
  if (stackName.length > longest) {
    throw new InputError(
      'stack-name',
      `'${stackName}' is ${stackName.length} characters; the stack's role names (${stackName}-${region}-steps) and function name ` +
        `(${stackName}${FUNCTION_SUFFIX}) must fit in ${MAX_ROLE_OR_FUNCTION_NAME} characters, so in ${region} a stack name has at most ${longest} characters`,
    );
  }
  if (stackName === SHADOWS_DEFAULT_STACK) {
    throw new InputError(
      'stack-name',
      `'${stackName}' would give its table and queue the names the default stack (${DEFAULTS.stackName}) uses; choose another name`,
    );
  }
}

/** A CloudFormation service role's ARN, in the region's partition. */
function parseRoleArn(value: string, region: string): string | undefined {
  if (!value) return undefined;
  if (!ROLE_ARN.test(value)) {
    throw new InputError('role-arn', `'${value}' is not an IAM role ARN (arn:<partition>:iam::<account>:role/<name>)`);
  }
  const expected = partitionOf(region);
  if (partitionOfArn(value) !== expected) {
    throw new InputError('role-arn', `'${value}' is not in ${region}'s partition (${expected}): its ARN must start arn:${expected}:iam::`);
  }
  return value;
}

function parseTimeout(value: string): number {
  if (!value) return DEFAULTS.timeoutSeconds;
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(seconds) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new InputError('timeout-seconds', `'${value}' is not a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
  }
  return seconds;
}

function parseEndpoint(value: string, env: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = !value && Boolean(env.AWS_ENDPOINT_URL);
  const raw = value || env.AWS_ENDPOINT_URL?.trim() || '';
  if (!raw) return undefined;
  if (raw === 'local') return raw;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    const source = fromEnv ? ' (from AWS_ENDPOINT_URL)' : '';
    throw new InputError('endpoint-url', `'${raw}'${source} is neither 'local' nor an http(s) URL`);
  }
  return raw;
}

function parseRegion(value: string, env: NodeJS.ProcessEnv, local: boolean): string {
  const region = value || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || (local ? 'us-east-1' : '');
  if (!region) {
    throw new InputError('region', `required: set the input, or AWS_REGION / AWS_DEFAULT_REGION (e.g. with aws-actions/configure-aws-credentials)`);
  }
  if (!REGION.test(region)) {
    const source = value ? '' : env.AWS_REGION?.trim() ? ' (from AWS_REGION)' : ' (from AWS_DEFAULT_REGION)';
    throw new InputError('region', `'${region}'${source} does not look like an AWS region (e.g. us-east-1)`);
  }
  return region;
}

/**
 * The demo's messages: from `messages` (at most 1,000), or from `messages-file`, a JSON or YAML file in the workspace
 * (at most 10,000), never both. On AWS (no endpoint-url) a list the pump cannot hand on before timeout-seconds is
 * refused: at 100 a pass and 10 s between passes, n messages take 2·(ceil(n/100)−1)+1 pauses at least (every pass
 * twice, once marking and once sending, then the late message's pass).
 */
function parseMessageInputs(
  inline: string,
  file: string,
  workspace: string,
  run: { operation: Operation; timeoutSeconds: number; endpointUrl?: string },
): Message[] {
  if (inline && file) throw new InputError('messages-file', "give either 'messages' or 'messages-file', not both");
  if (!file) return parseMessages(inline);
  const path = insideWorkspace('messages-file', file, workspace, 'a JSON or YAML list of {user_name, message}');
  const size = statSync(path).size;
  if (size > MAX_MESSAGES_FILE_BYTES) {
    throw new InputError('messages-file', `${path} is ${size} bytes; a messages file may hold at most ${MAX_MESSAGES_FILE_BYTES} bytes`);
  }
  let messages: Message[];
  try {
    messages = parseMessages(readFileSync(path, 'utf8'), MAX_FILE_MESSAGES);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError('messages-file', `${path}: ${err.message.slice(`Input '${err.input}': `.length)}`);
  }
  const demo = run.operation === 'demo' || run.operation === 'lifecycle';
  const pauses = 2 * (Math.ceil(messages.length / PUMP_BATCH) - 1) + 1;
  if (demo && run.endpointUrl === undefined && pauses * PUMP_PAUSE_SECONDS > run.timeoutSeconds) {
    throw new InputError(
      'messages-file',
      `${messages.length} messages take the pump at least ${pauses * PUMP_PAUSE_SECONDS} s on AWS (${PUMP_BATCH} a pass, ` +
        `${PUMP_PAUSE_SECONDS} s between passes), longer than timeout-seconds (${run.timeoutSeconds}); raise timeout-seconds or give fewer messages`,
    );
  }
  return messages;
}

function parseMessages(value: string, limit = MAX_MESSAGES): Message[] {
  if (!value) return DEFAULTS.messages.map((m) => ({ ...m }));
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both forms; JSON.parse first, as it reads a long list far
    // faster (on a syntax error the YAML parser has the last word and names the error).
    parsed = parseJsonOrYaml(value);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError('messages', `not valid JSON or YAML: ${reason}`);
  }
  const shape = 'a list of {user_name, message}';
  if (!Array.isArray(parsed)) throw new InputError('messages', `must be ${shape}`);
  if (parsed.length === 0) throw new InputError('messages', `must be ${shape} with at least one item`);
  if (parsed.length > limit) {
    const file = limit === MAX_MESSAGES ? `; give a longer list (up to ${MAX_FILE_MESSAGES}) in a file with 'messages-file'` : '';
    throw new InputError('messages', `at most ${limit} messages are allowed, got ${parsed.length}${file}`);
  }
  return parsed.map((item: unknown, index) => {
    const at = `item ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new InputError('messages', `${at} must be an object {user_name, message}`);
    }
    const record = item as Record<string, unknown>;
    const extra = Object.keys(record).find((key) => key !== 'user_name' && key !== 'message');
    if (extra !== undefined) throw new InputError('messages', `${at} has unknown key '${extra}' (allowed: user_name, message)`);
    for (const key of ['user_name', 'message'] as const) {
      const field = record[key];
      if (typeof field !== 'string' || field.trim() === '') {
        throw new InputError('messages', `${at}: '${key}' must be a non-empty string`);
      }
    }
    return { user_name: record.user_name as string, message: record.message as string };
  });
}

function parseJsonOrYaml(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parseYaml(text);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The folder holding action.yml: found by walking up from the running script (dist/index.js or
 * dist/cleanup/index.js when bundled) and from this module (src/ in source mode).
 */
export function actionRoot(): string {
  const starts: string[] = [];
  if (process.argv[1]) starts.push(dirname(resolve(process.argv[1])));
  try {
    starts.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    // not a file: URL (never in practice); the script's own location is enough
  }
  for (const start of starts) {
    let dir = start;
    for (let depth = 0; depth < 4; depth += 1) {
      if (existsSync(join(dir, 'action.yml'))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return process.cwd();
}
