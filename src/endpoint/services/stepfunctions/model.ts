// The Step Functions service's state: state machines, their versions and their executions (with
// histories), and the rules AWS applies to them, including its eventual consistency when strict
// (consistency.ts). No wire shapes here (handler.ts), no running here (runner.ts).
import { randomUUID } from 'node:crypto';
import { AwsError, type Backends, type EndpointSettings, type Persistable } from '../../types';
import { checkName, executionArn, stateMachineArn, type MachineRef } from './arn';
import { ConsistencyLag } from './consistency';
import { parseDefinition, type MachineDefinition } from './definition';
import type { HistoryEvent, Outcome } from './history';
import { requireStatesCanAssume } from '../../iam-policy/trust';
import { startRun, type RunningExecution } from './runner';
import { VersionStore, type VersionRecord } from './versions';

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
  /** The highest version number ever published (numbers are never reused). */
  lastVersion?: number;
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
  /** The version ARN the run was started on, if it was. */
  stateMachineVersionArn?: string;
  events: HistoryEvent[];
}

export interface CreateMachineInput {
  name: string;
  definition: string;
  roleArn: string;
  type?: string;
  tags?: Record<string, string>;
  /** Publish the first version along with the machine. */
  publish?: boolean;
  versionDescription?: string;
}

export interface UpdateMachineInput {
  definition?: string;
  roleArn?: string;
  publish?: boolean;
  versionDescription?: string;
}

/** A machine (or its update) and the version published with it, when one was asked for. */
export interface Published {
  machine: MachineRecord;
  version?: VersionRecord;
}

const SHUTDOWN_CAUSE = 'The local endpoint shut down while the execution was running';

export class StepFunctionsModel implements Persistable {
  private readonly machines = new Map<string, MachineRecord>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly running = new Map<string, RunningExecution>();
  private readonly versions = new VersionStore();
  private readonly lag: ConsistencyLag;
  /** Deletions waiting for the end of their DELETING window. */
  private readonly removals = new Set<NodeJS.Timeout>();

  constructor(
    private readonly settings: EndpointSettings,
    private readonly backends: Backends,
  ) {
    this.lag = new ConsistencyLag(settings.behaviour.consistencyMs);
  }

  // ---- state machines ----

  createMachine(input: CreateMachineInput, region: string): Published {
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
      // Same name and same configuration is idempotent, as on AWS (publishing is, too).
      if (existing.definition === input.definition && existing.roleArn === input.roleArn && existing.type === type) {
        return { machine: existing, ...(input.publish ? { version: this.publish(existing, { description: input.versionDescription }) } : {}) };
      }
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
    const version = input.publish ? this.publish(machine, { description: input.versionDescription }) : undefined;
    this.settings.markDirty();
    return { machine, ...(version ? { version } : {}) };
  }

  machine(arn: string): MachineRecord {
    const machine = this.machines.get(arn);
    if (!machine) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    return machine;
  }

  /** The version a version ARN names; StateMachineDoesNotExist (naming the version ARN) as AWS answers. */
  version(ref: MachineRef): VersionRecord {
    const version = ref.version !== undefined && this.machines.has(ref.machineArn) ? this.versions.get(ref.arn) : undefined;
    if (!version) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${ref.arn}'`);
    return version;
  }

  /** As ListStateMachines sees them: a machine created less than the consistency lag ago is not listed yet. */
  listMachines(region: string): MachineRecord[] {
    const now = Date.now();
    return [...this.machines.values()]
      .filter((m) => m.region === region && this.lag.listed(m.creationDate, now))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * A new revision when the definition or role changes (an update that changes neither keeps the
   * revision, as AWS does), and with `publish` a version of the revision it leaves current.
   */
  updateMachine(arn: string, changes: UpdateMachineInput): Published {
    const machine = this.machine(arn);
    if (changes.definition === undefined && changes.roleArn === undefined) {
      throw new AwsError('MissingRequiredParameter', 'Either the role ARN or the definition must be specified');
    }
    if (machine.status === 'DELETING') throw new AwsError('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
    if (changes.roleArn !== undefined) requireStatesCanAssume(this.backends.iam, String(changes.roleArn), { accountId: this.settings.accountId, region: machine.region, sourceArn: arn });
    if (changes.definition !== undefined) parseDefinition(changes.definition);
    if (changes.roleArn !== undefined) checkRoleArn(changes.roleArn);
    const changed = (changes.definition !== undefined && changes.definition !== machine.definition) || (changes.roleArn !== undefined && changes.roleArn !== machine.roleArn);
    // An update that could not publish its version is refused as a whole.
    if (changed && changes.publish) this.versions.checkRoom(arn);
    if (changed) {
      const now = Date.now();
      const previous = { definition: machine.definition, roleArn: machine.roleArn, revisionId: machine.revisionId, updateDate: machine.updateDate };
      Object.assign(machine, {
        ...(changes.definition !== undefined ? { definition: changes.definition } : {}),
        ...(changes.roleArn !== undefined ? { roleArn: changes.roleArn } : {}),
        updateDate: now,
        revisionId: randomUUID(),
      });
      const current = { definition: machine.definition, roleArn: machine.roleArn, revisionId: machine.revisionId, updateDate: now };
      this.lag.updated(arn, previous, previous.updateDate ?? machine.creationDate, current, now);
    }
    const version = changes.publish ? this.publish(machine, { description: changes.versionDescription }) : undefined;
    this.settings.markDirty();
    return { machine, ...(version ? { version } : {}) };
  }

  /**
   * DELETING at once, and for at least the consistency lag; its running executions are aborted, then
   * it is gone with its versions. Unknown ARNs are fine, as on AWS.
   */
  deleteMachine(arn: string): void {
    const machine = this.machines.get(arn);
    if (!machine || machine.status === 'DELETING') return;
    machine.status = 'DELETING';
    this.settings.markDirty();
    const deletingUntil = Date.now() + this.lag.lagMs;
    const stopping = this.executionsOf(arn)
      .filter((e) => e.status === 'RUNNING')
      .map((e) => this.stopExecution(e.executionArn, undefined, 'The state machine was deleted'));
    void Promise.allSettled(stopping).then(() => {
      const remaining = deletingUntil - Date.now();
      if (remaining <= 0) return this.remove(arn);
      const timer = setTimeout(() => {
        this.removals.delete(timer);
        this.remove(arn);
      }, remaining);
      timer.unref();
      this.removals.add(timer);
    });
  }

  // ---- versions ----

  /** PublishStateMachineVersion: the current revision as a version (the existing one if already published). */
  publishVersion(arn: string, options: { expectedRevisionId?: string; description?: string }): VersionRecord {
    const machine = this.machine(arn);
    if (machine.status === 'DELETING') throw new AwsError('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
    return this.publish(machine, options);
  }

  /** Newest first; a machine that does not exist has none (the operation has no does-not-exist error). */
  versionsOf(machineArn: string): VersionRecord[] {
    return this.versions.of(machineArn);
  }

  /** Deleting a version that does not exist succeeds, as on AWS; its runs go on. */
  deleteVersion(versionArn: string): void {
    if (this.versions.delete(versionArn)) this.settings.markDirty();
  }

  tags(arn: string): Record<string, string> {
    const machine = this.machines.get(arn);
    if (!machine) throw new AwsError('ResourceNotFound', `Resource not found: '${arn}'`);
    return machine.tags;
  }

  // ---- executions ----

  /**
   * Starts a run of a version (exactly its definition and role), or of the machine: its latest
   * revision, or when strict and it was updated less than the consistency lag ago, the previous one.
   */
  startExecution(ref: MachineRef, name: string | undefined, input: string | undefined): ExecutionRecord {
    const machineArn = ref.machineArn;
    if (ref.alias !== undefined) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${ref.arn}'`);
    const machine = this.machine(machineArn);
    if (machine.status === 'DELETING') throw new AwsError('StateMachineDeleting', `State Machine is being deleted: '${machineArn}'`);
    const version = ref.version !== undefined ? this.version(ref) : undefined;
    const revision = version
      ? { definition: version.definition, roleArn: version.roleArn, revisionId: version.revisionId, updateDate: version.creationDate }
      : (this.lag.revisionAt(machineArn, Date.now()) ?? machine);
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
      definition: revision.definition,
      roleArn: revision.roleArn,
      machineUpdateDate: revision.updateDate ?? machine.creationDate,
      ...(revision.revisionId ? { revisionId: revision.revisionId } : {}),
      ...(version ? { stateMachineVersionArn: version.stateMachineVersionArn } : {}),
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

  /**
   * An execution as DescribeExecution and ListExecutions read it: when strict, a run stopped by
   * StopExecution less than the consistency lag ago still reads RUNNING (it really has stopped).
   */
  read(record: ExecutionRecord): ExecutionRecord {
    if (!this.lag.readsRunning(record.executionArn, Date.now())) return record;
    const { stopDate: _stopDate, output: _output, error: _error, cause: _cause, ...running } = record;
    return { ...running, status: 'RUNNING' };
  }

  /** Newest first, as AWS lists them, as read (see read()); only those started on the version when one is given. */
  executionsOf(machineArn: string, status?: string, versionArn?: string): ExecutionRecord[] {
    return [...this.executions.values()]
      .filter((e) => e.stateMachineArn === machineArn && (!versionArn || e.stateMachineVersionArn === versionArn))
      .map((e) => this.read(e))
      .filter((e) => !status || e.status === status)
      .sort((a, b) => b.startDate - a.startDate);
  }

  /**
   * Aborts a running execution and resolves once it is recorded ABORTED; a finished one is left as is.
   * `lagged`: StopExecution's own stop, which reads RUNNING for the consistency lag when strict.
   */
  async stopExecution(arn: string, error?: string, cause?: string, lagged = false): Promise<ExecutionRecord> {
    const record = this.execution(arn);
    const run = this.running.get(arn);
    if (run) {
      this.finish(record, await run.stop(error, cause));
      if (lagged) this.lag.stopped(arn, Date.now());
    }
    return record;
  }

  async close(): Promise<void> {
    for (const timer of this.removals) clearTimeout(timer);
    this.removals.clear();
    await Promise.all([...this.running.keys()].map((arn) => this.stopExecution(arn, undefined, SHUTDOWN_CAUSE)));
  }

  snapshot(): unknown {
    return { machines: [...this.machines.values()], versions: this.versions.snapshot(), executions: [...this.executions.values()] };
  }

  restore(snapshot: unknown): void {
    const saved = snapshot as { machines?: MachineRecord[]; versions?: VersionRecord[]; executions?: ExecutionRecord[] } | undefined;
    for (const machine of saved?.machines ?? []) {
      if (machine.status === 'DELETING') continue; // its deletion had begun: it is gone now
      this.machines.set(machine.stateMachineArn, machine);
    }
    this.versions.restore(saved?.versions, (arn) => this.machines.has(arn));
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

  private publish(machine: MachineRecord, options: { expectedRevisionId?: string; description?: string }): VersionRecord {
    const version = this.versions.publish(machine, options);
    this.settings.markDirty();
    return version;
  }

  private remove(arn: string): void {
    this.machines.delete(arn);
    this.versions.deleteAllOf(arn);
    this.lag.forget(arn);
    this.settings.markDirty();
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
