// The Step Functions service's state: state machines and their executions (with histories), and the
// rules AWS applies to them. No wire shapes here (handler.ts), no running here (runner.ts).
import { randomUUID } from 'node:crypto';
import { AwsError, type Backends, type EndpointSettings, type Persistable } from '../../types';
import { checkName, executionArn, stateMachineArn } from './arn';
import { parseDefinition, type MachineDefinition } from './definition';
import type { HistoryEvent, Outcome } from './history';
import { requireStatesCanAssume } from '../../iam-policy/trust';
import { startRun, type RunningExecution } from './runner';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface MachineRecord {
  stateMachineArn: string;
  name: string;
  region: string;
  definition: string;
  roleArn: string;
  type: string;
  status: 'ACTIVE' | 'DELETING';
  creationDate: number;
  updateDate?: number;
  revisionId?: string;
  tags: Record<string, string>;
}

export interface ExecutionRecord {
  executionArn: string;
  stateMachineArn: string;
  stateMachineName: string;
  name: string;
  region: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  /** The definition and role as they were when the run started (an update does not change a run). */
  definition: string;
  roleArn: string;
  machineUpdateDate: number;
  revisionId?: string;
  events: HistoryEvent[];
}

export interface CreateMachineInput {
  name: string;
  definition: string;
  roleArn: string;
  type?: string;
  tags?: Record<string, string>;
}

const SHUTDOWN_CAUSE = 'The local endpoint shut down while the execution was running';

export class StepFunctionsModel implements Persistable {
  private readonly machines = new Map<string, MachineRecord>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly running = new Map<string, RunningExecution>();

  constructor(
    private readonly settings: EndpointSettings,
    private readonly backends: Backends,
  ) {}

  // ---- state machines ----

  createMachine(input: CreateMachineInput, region: string): MachineRecord {
    checkName(input.name);
    checkRoleArn(input.roleArn);
    requireStatesCanAssume(this.backends.iam, input.roleArn, { accountId: this.settings.accountId, region, sourceArn: stateMachineArn(region, this.settings.accountId, input.name) });
    parseDefinition(input.definition);
    const type = input.type ?? 'STANDARD';
    if (type !== 'STANDARD' && type !== 'EXPRESS') throw new AwsError('ValidationException', `Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]`);
    const arn = stateMachineArn(region, this.settings.accountId, input.name);
    const existing = this.machines.get(arn);
    if (existing) {
      if (existing.status === 'DELETING') throw new AwsError('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
      // Same name and same configuration is idempotent, as on AWS.
      if (existing.definition === input.definition && existing.roleArn === input.roleArn && existing.type === type) return existing;
      throw new AwsError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
    }
    const machine: MachineRecord = {
      stateMachineArn: arn,
      name: input.name,
      region,
      definition: input.definition,
      roleArn: input.roleArn,
      type,
      status: 'ACTIVE',
      creationDate: Date.now(),
      tags: { ...(input.tags ?? {}) },
    };
    this.machines.set(arn, machine);
    this.settings.markDirty();
    return machine;
  }

  machine(arn: string): MachineRecord {
    const machine = this.machines.get(arn);
    if (!machine) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    return machine;
  }

  listMachines(region: string): MachineRecord[] {
    return [...this.machines.values()].filter((m) => m.region === region).sort((a, b) => a.name.localeCompare(b.name));
  }

  updateMachine(arn: string, changes: { definition?: string; roleArn?: string }): MachineRecord {
    const machine = this.machine(arn);
    if (changes.definition === undefined && changes.roleArn === undefined) {
      throw new AwsError('MissingRequiredParameter', 'Either the role ARN or the definition must be specified');
    }
    if (machine.status === 'DELETING') throw new AwsError('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
    if (changes.roleArn !== undefined) requireStatesCanAssume(this.backends.iam, String(changes.roleArn), { accountId: this.settings.accountId, region: machine.region, sourceArn: arn });
    if (changes.definition !== undefined) parseDefinition(changes.definition);
    if (changes.roleArn !== undefined) checkRoleArn(changes.roleArn);
    Object.assign(machine, {
      ...(changes.definition !== undefined ? { definition: changes.definition } : {}),
      ...(changes.roleArn !== undefined ? { roleArn: changes.roleArn } : {}),
      updateDate: Date.now(),
      revisionId: randomUUID(),
    });
    this.settings.markDirty();
    return machine;
  }

  /** DELETING at once; its running executions are aborted, then it is gone. Unknown ARNs are fine, as on AWS. */
  deleteMachine(arn: string): void {
    const machine = this.machines.get(arn);
    if (!machine || machine.status === 'DELETING') return;
    machine.status = 'DELETING';
    this.settings.markDirty();
    const stopping = this.executionsOf(arn)
      .filter((e) => e.status === 'RUNNING')
      .map((e) => this.stopExecution(e.executionArn, undefined, 'The state machine was deleted'));
    void Promise.allSettled(stopping).then(() => {
      this.machines.delete(arn);
      this.settings.markDirty();
    });
  }

  tags(arn: string): Record<string, string> {
    const machine = this.machines.get(arn);
    if (!machine) throw new AwsError('ResourceNotFound', `Resource not found: '${arn}'`);
    return machine.tags;
  }

  // ---- executions ----

  startExecution(machineArn: string, name: string | undefined, input: string | undefined): ExecutionRecord {
    const machine = this.machine(machineArn);
    if (machine.status === 'DELETING') throw new AwsError('StateMachineDeleting', `State Machine is being deleted: '${machineArn}'`);
    const runName = checkName(name ?? randomUUID());
    const runInput = input ?? '{}';
    try {
      JSON.parse(runInput);
    } catch (error) {
      throw new AwsError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${(error as Error).message}'`);
    }
    const arn = executionArn(machineArn, runName);
    const existing = this.executions.get(arn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === runInput) return existing;
      throw new AwsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
    }
    const record: ExecutionRecord = {
      executionArn: arn,
      stateMachineArn: machineArn,
      stateMachineName: machine.name,
      name: runName,
      region: machine.region,
      status: 'RUNNING',
      startDate: Date.now(),
      input: runInput,
      definition: machine.definition,
      roleArn: machine.roleArn,
      machineUpdateDate: machine.updateDate ?? machine.creationDate,
      ...(machine.revisionId ? { revisionId: machine.revisionId } : {}),
      events: [],
    };
    this.executions.set(arn, record);
    const run = startRun(
      // Validated when it was stored; only parsed here.
      { ...record, definition: JSON.parse(record.definition) as MachineDefinition, events: record.events },
      this.backends,
      this.settings,
    );
    this.running.set(arn, run);
    void run.outcome.then((outcome) => this.finish(record, outcome));
    this.settings.markDirty();
    return record;
  }

  execution(arn: string): ExecutionRecord {
    const record = this.executions.get(arn);
    if (!record) throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
    return record;
  }

  /** Newest first, as AWS lists them. */
  executionsOf(machineArn: string, status?: string): ExecutionRecord[] {
    return [...this.executions.values()]
      .filter((e) => e.stateMachineArn === machineArn && (!status || e.status === status))
      .sort((a, b) => b.startDate - a.startDate);
  }

  /** Aborts a running execution and resolves once it is recorded ABORTED; a finished one is left as is. */
  async stopExecution(arn: string, error?: string, cause?: string): Promise<ExecutionRecord> {
    const record = this.execution(arn);
    const run = this.running.get(arn);
    if (run) this.finish(record, await run.stop(error, cause));
    return record;
  }

  async close(): Promise<void> {
    await Promise.all([...this.running.keys()].map((arn) => this.stopExecution(arn, undefined, SHUTDOWN_CAUSE)));
  }

  snapshot(): unknown {
    return { machines: [...this.machines.values()], executions: [...this.executions.values()] };
  }

  restore(snapshot: unknown): void {
    const saved = snapshot as { machines?: MachineRecord[]; executions?: ExecutionRecord[] } | undefined;
    for (const machine of saved?.machines ?? []) {
      if (machine.status === 'DELETING') continue; // its deletion had begun: it is gone now
      this.machines.set(machine.stateMachineArn, machine);
    }
    for (const record of saved?.executions ?? []) {
      if (record.status === 'RUNNING') {
        // Runs do not survive a restart: record them as aborted, as a shutdown would have.
        const now = Date.now();
        record.events.push({ id: record.events.length + 1, previousEventId: record.events.length, timestamp: now, type: 'ExecutionAborted', executionAbortedEventDetails: { cause: SHUTDOWN_CAUSE } });
        Object.assign(record, { status: 'ABORTED', stopDate: now, cause: SHUTDOWN_CAUSE });
      }
      this.executions.set(record.executionArn, record);
    }
  }

  private finish(record: ExecutionRecord, outcome: Outcome): void {
    if (!this.running.delete(record.executionArn)) return; // already recorded
    record.status = outcome.status;
    record.stopDate = Date.now();
    if (outcome.status === 'SUCCEEDED') record.output = outcome.output;
    else {
      if (outcome.error !== undefined) record.error = outcome.error;
      if (outcome.cause !== undefined) record.cause = outcome.cause;
    }
    this.settings.markDirty();
  }
}

function checkRoleArn(roleArn: unknown): void {
  if (typeof roleArn !== 'string' || roleArn.length === 0) {
    throw new AwsError('ValidationException', "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
  }
  if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(roleArn)) throw new AwsError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${roleArn}'`);
}
