// Step Functions' awsJson1_0 wire handling (X-Amz-Target: AWSStepFunctions.<Op>): request members in,
// response shapes out, timestamps as epoch seconds, list paging with opaque tokens.
import { AwsError, type AwsRequest, type ServiceHandler } from '../../types';
import { epochSeconds, jsonError, jsonResponse, parseJsonBody, requireString } from '../../protocol/json';
import { machineArnOfExecution, parseMachineArn, requireArn, type MachineRef } from './arn';
import { diagnose } from './definition';
import type { HistoryEvent } from './history';
import type { ExecutionRecord, MachineRecord, StepFunctionsModel } from './model';
import { checkVersionDescription, type VersionRecord } from './versions';

const NAMESPACE = 'com.amazonaws.sfn';

type Input = Record<string, unknown>;
type Operation = (input: Input, request: AwsRequest) => Promise<unknown> | unknown;

export function stepFunctionsHandler(model: StepFunctionsModel): ServiceHandler {
  const operations: Record<string, Operation> = {
    CreateStateMachine: (input, request) => {
      const publish = input.publish === true;
      const versionDescription = checkVersionDescription(input.versionDescription, publish, 'versionDescription');
      const { machine, version } = model.createMachine(
        {
          name: requireString(input, 'name'),
          definition: requireString(input, 'definition'),
          roleArn: requireString(input, 'roleArn'),
          ...(typeof input.type === 'string' ? { type: input.type } : {}),
          tags: tagsFromWire(input.tags),
          publish,
          ...(versionDescription !== undefined ? { versionDescription } : {}),
        },
        request.region,
      );
      return {
        stateMachineArn: machine.stateMachineArn,
        creationDate: epochSeconds(machine.creationDate),
        ...(version ? { stateMachineVersionArn: version.stateMachineVersionArn } : {}),
      };
    },
    DescribeStateMachine: (input) => {
      const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
      if (ref.version !== undefined) return describeVersion(model.version(ref), model.machine(ref.machineArn));
      return describeMachine(model.machine(unqualified(ref)));
    },
    ListStateMachines: (input, request) => {
      const page = paginate(model.listMachines(request.region), input, 'machines');
      return {
        stateMachines: page.items.map((m) => ({ stateMachineArn: m.stateMachineArn, name: m.name, type: m.type, creationDate: epochSeconds(m.creationDate) })),
        ...page.next,
      };
    },
    UpdateStateMachine: (input) => {
      const publish = input.publish === true;
      const versionDescription = checkVersionDescription(input.versionDescription, publish, 'versionDescription');
      // A version cannot be updated: AWS answers that the (qualified) machine does not exist.
      const { machine, version } = model.updateMachine(unqualified(parseMachineArn(input.stateMachineArn, 'stateMachineArn')), {
        ...(typeof input.definition === 'string' ? { definition: input.definition } : {}),
        ...(typeof input.roleArn === 'string' ? { roleArn: input.roleArn } : {}),
        publish,
        ...(versionDescription !== undefined ? { versionDescription } : {}),
      });
      return {
        updateDate: epochSeconds(machine.updateDate ?? machine.creationDate),
        ...(machine.revisionId ? { revisionId: machine.revisionId } : {}),
        ...(version ? { stateMachineVersionArn: version.stateMachineVersionArn } : {}),
      };
    },
    DeleteStateMachine: (input) => {
      const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
      if (ref.version !== undefined || ref.alias !== undefined) {
        throw new AwsError('ValidationException', `DeleteStateMachine takes an unqualified state machine ARN; delete a version with DeleteStateMachineVersion: '${ref.arn}'`);
      }
      model.deleteMachine(ref.machineArn);
      return {};
    },
    PublishStateMachineVersion: (input) => {
      const description = checkVersionDescription(input.description, true, 'description');
      const version = model.publishVersion(unqualified(parseMachineArn(input.stateMachineArn, 'stateMachineArn')), {
        ...(typeof input.revisionId === 'string' ? { expectedRevisionId: input.revisionId } : {}),
        ...(description !== undefined ? { description } : {}),
      });
      return { stateMachineVersionArn: version.stateMachineVersionArn, creationDate: epochSeconds(version.creationDate) };
    },
    ListStateMachineVersions: (input) => {
      const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
      const versions = ref.version !== undefined || ref.alias !== undefined ? [] : model.versionsOf(ref.machineArn);
      const page = paginate(versions, input, `versions:${ref.arn}`);
      return {
        stateMachineVersions: page.items.map((v) => ({ stateMachineVersionArn: v.stateMachineVersionArn, creationDate: epochSeconds(v.creationDate) })),
        ...page.next,
      };
    },
    DeleteStateMachineVersion: (input) => {
      const ref = parseMachineArn(input.stateMachineVersionArn, 'stateMachineVersionArn');
      if (ref.version === undefined) {
        throw new AwsError('ValidationException', `Invalid Arn: 'Expected a state machine version ARN: ${ref.arn}'`);
      }
      model.deleteVersion(ref.arn);
      return {};
    },
    ValidateStateMachineDefinition: (input) => {
      const diagnostics = diagnose(requireString(input, 'definition'));
      return { result: diagnostics.length === 0 ? 'OK' : 'FAIL', diagnostics, truncated: false };
    },
    TagResource: (input) => {
      Object.assign(model.tags(requireString(input, 'resourceArn')), tagsFromWire(input.tags));
      return {};
    },
    UntagResource: (input) => {
      const tags = model.tags(requireString(input, 'resourceArn'));
      for (const key of (input.tagKeys as string[] | undefined) ?? []) delete tags[key];
      return {};
    },
    ListTagsForResource: (input) => ({
      tags: Object.entries(model.tags(requireString(input, 'resourceArn'))).map(([key, value]) => ({ key, value })),
    }),
    StartExecution: (input) => {
      const run = model.startExecution(
        parseMachineArn(input.stateMachineArn, 'stateMachineArn'),
        typeof input.name === 'string' ? input.name : undefined,
        typeof input.input === 'string' ? input.input : undefined,
      );
      return { executionArn: run.executionArn, startDate: epochSeconds(run.startDate) };
    },
    DescribeExecution: (input) => describeExecution(model.read(model.execution(requireArn(input.executionArn, 'execution', 'executionArn')))),
    ListExecutions: (input) => {
      const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
      model.machine(ref.machineArn);
      // A version (or alias) ARN lists the runs started on it; one that does not exist is ResourceNotFound.
      let versionArn: string | undefined;
      if (ref.version !== undefined || ref.alias !== undefined) {
        const known = ref.version !== undefined ? model.versionsOf(ref.machineArn).some((v) => v.stateMachineVersionArn === ref.arn) : false;
        if (!known) throw new AwsError('ResourceNotFound', `Resource not found: '${ref.arn}'`);
        versionArn = ref.arn;
      }
      const status = typeof input.statusFilter === 'string' ? input.statusFilter : undefined;
      if (status && !['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'].includes(status)) {
        throw new AwsError('ValidationException', `1 validation error detected: Value '${status}' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]`);
      }
      const page = paginate(model.executionsOf(ref.machineArn, status, versionArn), input, 'executions');
      return { executions: page.items.map(executionSummary), ...page.next };
    },
    StopExecution: async (input) => {
      const record = await model.stopExecution(
        requireArn(input.executionArn, 'execution', 'executionArn'),
        typeof input.error === 'string' ? input.error : undefined,
        typeof input.cause === 'string' ? input.cause : undefined,
        true,
      );
      return { stopDate: epochSeconds(record.stopDate ?? Date.now()) };
    },
    GetExecutionHistory: (input) => {
      const record = model.execution(requireArn(input.executionArn, 'execution', 'executionArn'));
      const events = input.reverseOrder === true ? [...record.events].reverse() : record.events;
      const page = paginate(events, input, 'history', 100);
      const withData = input.includeExecutionData !== false;
      return { events: page.items.map((e) => eventToWire(e, withData)), ...page.next };
    },
    DescribeStateMachineForExecution: (input) => {
      const record = model.execution(requireArn(input.executionArn, 'execution', 'executionArn'));
      return {
        stateMachineArn: machineArnOfExecution(record.executionArn),
        name: record.stateMachineName,
        definition: record.definition,
        roleArn: record.roleArn,
        updateDate: epochSeconds(record.machineUpdateDate),
        loggingConfiguration: { level: 'OFF', includeExecutionData: false },
        tracingConfiguration: { enabled: false },
        ...(record.revisionId ? { revisionId: record.revisionId } : {}),
      };
    },
  };

  return {
    service: 'states',
    async handle(request) {
      try {
        const operation = request.target ? operations[request.target] : undefined;
        if (!operation) throw new AwsError('UnknownOperationException', `Step Functions operation ${request.target ?? '(none)'} is not implemented by the local endpoint`);
        return jsonResponse(await operation(parseJsonBody(request), request));
      } catch (error) {
        const aws = error instanceof AwsError ? error : new AwsError('InternalFailure', (error as Error).message, 500, 'Receiver');
        return jsonError(aws, NAMESPACE);
      }
    },
  };
}

function describeMachine(machine: MachineRecord): unknown {
  return {
    stateMachineArn: machine.stateMachineArn,
    name: machine.name,
    status: machine.status,
    definition: machine.definition,
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: epochSeconds(machine.creationDate),
    loggingConfiguration: { level: 'OFF', includeExecutionData: false },
    tracingConfiguration: { enabled: false },
    ...(machine.revisionId ? { revisionId: machine.revisionId } : {}),
  };
}

/** A version as DescribeStateMachine answers for a version ARN: the version's ARN, definition, role and revision. */
function describeVersion(version: VersionRecord, machine: MachineRecord): unknown {
  return {
    stateMachineArn: version.stateMachineVersionArn,
    name: machine.name,
    status: machine.status,
    definition: version.definition,
    roleArn: version.roleArn,
    type: version.type,
    creationDate: epochSeconds(version.creationDate),
    loggingConfiguration: { level: 'OFF', includeExecutionData: false },
    tracingConfiguration: { enabled: false },
    ...(version.revisionId ? { revisionId: version.revisionId } : {}),
    ...(version.description !== undefined ? { description: version.description } : {}),
  };
}

/** The machine an operation that takes only an unqualified ARN acts on; a version or alias "does not exist" for it, as on AWS. */
function unqualified(ref: MachineRef): string {
  if (ref.version !== undefined || ref.alias !== undefined) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${ref.arn}'`);
  return ref.machineArn;
}

function executionSummary(record: ExecutionRecord): Record<string, unknown> {
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    ...(record.stateMachineVersionArn ? { stateMachineVersionArn: record.stateMachineVersionArn } : {}),
    name: record.name,
    status: record.status,
    startDate: epochSeconds(record.startDate),
    ...(record.stopDate !== undefined ? { stopDate: epochSeconds(record.stopDate) } : {}),
  };
}

function describeExecution(record: ExecutionRecord): unknown {
  return {
    ...executionSummary(record),
    input: record.input,
    inputDetails: { included: true },
    ...(record.output !== undefined ? { output: record.output, outputDetails: { included: true } } : {}),
    ...(record.error !== undefined ? { error: record.error } : {}),
    ...(record.cause !== undefined ? { cause: record.cause } : {}),
    redriveCount: 0,
    redriveStatus: 'NOT_REDRIVABLE',
  };
}

/** A history event on the wire: timestamp in seconds; without input/output when data is excluded. */
function eventToWire(event: HistoryEvent, withData: boolean): unknown {
  const wire: Record<string, unknown> = { ...event, timestamp: epochSeconds(event.timestamp) };
  if (!withData) {
    for (const [key, value] of Object.entries(wire)) {
      if (!key.endsWith('EventDetails') || !value || typeof value !== 'object') continue;
      const details = { ...(value as Record<string, unknown>) };
      for (const field of ['input', 'output', 'parameters']) delete details[field];
      wire[key] = details;
    }
  }
  return wire;
}

function tagsFromWire(tags: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of (tags as { key?: string; value?: string }[] | undefined) ?? []) {
    if (typeof tag.key === 'string') out[tag.key] = tag.value ?? '';
  }
  return out;
}

/** One page of a list: maxResults (0 = the default) and an opaque nextToken bound to the list it came from. */
function paginate<T>(items: T[], input: Input, kind: string, defaultMax = 100): { items: T[]; next: { nextToken?: string } } {
  const requested = typeof input.maxResults === 'number' ? input.maxResults : 0;
  if (requested < 0 || requested > 1000) {
    throw new AwsError('ValidationException', `1 validation error detected: Value '${requested}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000`);
  }
  const max = requested || defaultMax;
  let start = 0;
  if (typeof input.nextToken === 'string') {
    const decoded = decodeToken(input.nextToken);
    if (!decoded || decoded.kind !== kind) throw new AwsError('InvalidToken', `Invalid Token: '${input.nextToken}'`);
    start = decoded.offset;
  }
  const page = items.slice(start, start + max);
  const more = start + max < items.length;
  return { items: page, next: more ? { nextToken: Buffer.from(JSON.stringify({ kind, offset: start + max })).toString('base64') } : {} };
}

function decodeToken(token: string): { kind: string; offset: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { kind?: unknown; offset?: unknown };
    if (typeof parsed.kind === 'string' && typeof parsed.offset === 'number' && parsed.offset >= 0) return { kind: parsed.kind, offset: parsed.offset };
  } catch {
    // fall through
  }
  return undefined;
}
