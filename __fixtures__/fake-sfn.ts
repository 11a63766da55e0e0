// Step Functions in miniature behind aws-sdk-client-mock: machines with versions and tags, runs started on a machine
// or a version, and the ways AWS is slow to agree (a role not assumable yet, a list that lags, a stop that takes a
// few reads, a deletion that takes a few reads). Tests set the knobs and read the state.
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DeleteStateMachineVersionCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  ListStateMachineVersionsCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  PublishStateMachineVersionCommand,
  SFNServiceException,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import type { AwsClientStub } from 'aws-sdk-client-mock';

type Stub = AwsClientStub<SFNClient>;

export interface FakeVersion {
  arn: string;
  definition: string;
  description?: string;
}

export interface FakeMachine {
  name: string;
  arn: string;
  definition: string;
  roleArn: string;
  status: 'ACTIVE' | 'DELETING';
  tags: { key: string; value: string }[];
  versions: FakeVersion[];
  /** The version published for the current revision, if any. */
  current?: string;
  /** DescribeStateMachine calls left before a DELETING machine is gone. */
  deletingReads: number;
  nextVersion: number;
}

export interface FakeRun {
  arn: string;
  machine: string;
  /** The ARN the run was started on: the machine or one of its versions. */
  startedOn: string;
  definition: string;
  /** The run's input as StartExecution sent it (JSON text). */
  input?: string;
  status: 'RUNNING' | 'ABORTED' | 'SUCCEEDED' | 'FAILED';
  /** DescribeExecution calls after StopExecution that still say RUNNING. */
  stopReads?: number;
}

export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';
export const machineArnOf = (name: string): string => `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
export const ROLE_NOT_ASSUMABLE = 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.';

export function sfnError(name: string, message: string, status = 400): SFNServiceException {
  return new SFNServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message });
}

export class FakeStepFunctions {
  machines = new Map<string, FakeMachine>();
  runs = new Map<string, FakeRun>();
  /** Create/Update with a role answer "not authorized to assume the provided role" this many times first. */
  roleNotAssumable = 0;
  /** ListStateMachines leaves out machines created within the last this-many list calls (eventual consistency). */
  listLag = 0;
  /** DescribeExecution reads after StopExecution that still say RUNNING. */
  stopLag = 0;
  /** DescribeStateMachine reads a deleted machine stays DELETING. */
  deleteLag = 0;
  /** UpdateStateMachine and PublishStateMachineVersion answer ConflictException (a concurrent publish) this many times. */
  conflicts = 0;
  /** Versions are not offered (an older endpoint): version operations answer UnknownOperationException. */
  noVersions = false;
  /** DeleteStateMachine leaves the versions behind (an endpoint that does not cascade). */
  keepVersionsOnDelete = false;
  private hidden = new Map<string, number>();
  private runCount = 0;

  constructor(private readonly mock: Stub) {}

  /** A machine as if created earlier (tagged as this action's unless `foreign`). */
  seed(name: string, definition: Record<string, unknown>, options: { foreign?: boolean; versions?: number; roleArn?: string } = {}): FakeMachine {
    const machine = this.newMachine(name, JSON.stringify(definition), options.roleArn ?? `arn:aws:iam::${ACCOUNT}:role/step`, !options.foreign);
    // Earlier revisions, each published (their definitions do not matter here); the last is the current one.
    for (let i = 0; i < (options.versions ?? 0); i += 1) {
      machine.current = undefined;
      this.publish(machine, options.foreign ? 'someone else' : 'Published by stepfunctions-message-pump-action (seed)');
    }
    return machine;
  }

  byArn(arn: string): FakeMachine | undefined {
    const base = arn.split(':').slice(0, 7).join(':');
    return [...this.machines.values()].find((m) => m.arn === base);
  }

  private newMachine(name: string, definition: string, roleArn: string, ours: boolean): FakeMachine {
    const machine: FakeMachine = {
      name,
      arn: machineArnOf(name),
      definition,
      roleArn,
      status: 'ACTIVE',
      tags: ours ? [{ key: 'created-by', value: 'stepfunctions-message-pump-action' }] : [],
      versions: [],
      deletingReads: 0,
      nextVersion: 1,
    };
    this.machines.set(name, machine);
    return machine;
  }

  private publish(machine: FakeMachine, description?: string): string {
    if (machine.current) return machine.current;
    const arn = `${machine.arn}:${machine.nextVersion}`;
    machine.nextVersion += 1;
    machine.versions.push({ arn, definition: machine.definition, description });
    machine.current = arn;
    return arn;
  }

  private conflictGate(): void {
    if (this.conflicts > 0) {
      this.conflicts -= 1;
      throw sfnError('ConflictException', 'Updating or deleting a resource can cause an inconsistent state.', 409);
    }
  }

  private versionsGate(): void {
    if (this.noVersions) throw sfnError('UnknownOperationException', 'Unknown operation');
  }

  private active(arn: string): FakeMachine {
    const machine = this.byArn(arn);
    if (!machine) throw sfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    if (machine.status === 'DELETING') throw sfnError('StateMachineDeleting', `State machine is being deleted: '${arn}'`);
    return machine;
  }

  install(): this {
    const m = this.mock;
    m.on(ListStateMachinesCommand).callsFake(async () => {
      for (const [name, left] of this.hidden) {
        if (left <= 1) this.hidden.delete(name);
        else this.hidden.set(name, left - 1);
      }
      return {
        stateMachines: [...this.machines.values()]
          .filter((machine) => !this.hidden.has(machine.name))
          .map((machine) => ({ name: machine.name, stateMachineArn: machine.arn, type: 'STANDARD', creationDate: new Date() })),
      };
    });
    m.on(DescribeStateMachineCommand).callsFake(async (input: { stateMachineArn: string }) => {
      const machine = this.byArn(input.stateMachineArn);
      if (!machine) throw sfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${input.stateMachineArn}'`);
      if (machine.status === 'DELETING') {
        if (machine.deletingReads <= 0) {
          this.machines.delete(machine.name);
          throw sfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${input.stateMachineArn}'`);
        }
        machine.deletingReads -= 1;
      }
      if (input.stateMachineArn !== machine.arn) {
        const version = machine.versions.find((v) => v.arn === input.stateMachineArn);
        if (!version) throw sfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${input.stateMachineArn}'`);
        return { stateMachineArn: version.arn, name: machine.name, definition: version.definition, roleArn: machine.roleArn, status: machine.status, description: version.description };
      }
      return { stateMachineArn: machine.arn, name: machine.name, definition: machine.definition, roleArn: machine.roleArn, status: machine.status };
    });
    m.on(CreateStateMachineCommand).callsFake(
      async (input: { name: string; definition: string; roleArn: string; publish?: boolean; versionDescription?: string; tags?: { key: string; value: string }[] }) => {
        if (this.roleNotAssumable > 0) {
          this.roleNotAssumable -= 1;
          throw sfnError('AccessDeniedException', ROLE_NOT_ASSUMABLE);
        }
        let existing = this.machines.get(input.name);
        if (existing?.status === 'DELETING') {
          if (existing.deletingReads > 0) {
            existing.deletingReads -= 1;
            throw sfnError('StateMachineDeleting', `State machine is being deleted: '${existing.arn}'`);
          }
          this.machines.delete(input.name);
          existing = undefined;
        }
        if (existing) {
          if (existing.definition === input.definition && existing.roleArn === input.roleArn) return { stateMachineArn: existing.arn, creationDate: new Date() };
          throw sfnError('StateMachineAlreadyExists', `State Machine Already Exists: '${existing.arn}'`);
        }
        const machine = this.newMachine(input.name, input.definition, input.roleArn, false);
        machine.tags = input.tags ?? [];
        if (this.listLag > 0) this.hidden.set(input.name, this.listLag);
        const versionArn = input.publish && !this.noVersions ? this.publish(machine, input.versionDescription) : undefined;
        return { stateMachineArn: machine.arn, creationDate: new Date(), ...(versionArn ? { stateMachineVersionArn: versionArn } : {}) };
      },
    );
    m.on(UpdateStateMachineCommand).callsFake(async (input: { stateMachineArn: string; definition?: string; roleArn?: string; publish?: boolean; versionDescription?: string }) => {
      if (input.roleArn && this.roleNotAssumable > 0) {
        this.roleNotAssumable -= 1;
        throw sfnError('AccessDeniedException', ROLE_NOT_ASSUMABLE);
      }
      this.conflictGate();
      const machine = this.active(input.stateMachineArn);
      if (input.definition !== undefined && input.definition !== machine.definition) {
        machine.definition = input.definition;
        machine.current = undefined;
      }
      if (input.roleArn && input.roleArn !== machine.roleArn) {
        machine.roleArn = input.roleArn;
        machine.current = undefined;
      }
      const versionArn = input.publish && !this.noVersions ? this.publish(machine, input.versionDescription) : undefined;
      return { updateDate: new Date(), ...(versionArn ? { stateMachineVersionArn: versionArn } : {}) };
    });
    m.on(PublishStateMachineVersionCommand).callsFake(async (input: { stateMachineArn: string; description?: string }) => {
      this.versionsGate();
      this.conflictGate();
      return { stateMachineVersionArn: this.publish(this.active(input.stateMachineArn), input.description), creationDate: new Date() };
    });
    m.on(ListStateMachineVersionsCommand).callsFake(async (input: { stateMachineArn: string }) => {
      this.versionsGate();
      const machine = this.byArn(input.stateMachineArn);
      if (!machine) throw sfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${input.stateMachineArn}'`);
      return { stateMachineVersions: [...machine.versions].reverse().map((v) => ({ stateMachineVersionArn: v.arn, creationDate: new Date() })) };
    });
    m.on(DeleteStateMachineVersionCommand).callsFake(async (input: { stateMachineVersionArn: string }) => {
      this.versionsGate();
      const machine = this.byArn(input.stateMachineVersionArn);
      if (machine) {
        machine.versions = machine.versions.filter((v) => v.arn !== input.stateMachineVersionArn);
        if (machine.current === input.stateMachineVersionArn) machine.current = undefined;
      }
      return {};
    });
    m.on(ListTagsForResourceCommand).callsFake(async (input: { resourceArn: string }) => ({ tags: this.active(input.resourceArn).tags }));
    m.on(DeleteStateMachineCommand).callsFake(async (input: { stateMachineArn: string }) => {
      const machine = this.byArn(input.stateMachineArn);
      if (machine) {
        machine.status = 'DELETING';
        machine.deletingReads = this.deleteLag;
        if (!this.keepVersionsOnDelete) machine.versions = [];
      }
      return {};
    });
    m.on(StartExecutionCommand).callsFake(async (input: { stateMachineArn: string; name: string; input?: string }) => {
      const machine = this.active(input.stateMachineArn);
      const version = machine.versions.find((v) => v.arn === input.stateMachineArn);
      if (input.stateMachineArn !== machine.arn && !version) throw sfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${input.stateMachineArn}'`);
      this.runCount += 1;
      const arn = `arn:aws:states:${REGION}:${ACCOUNT}:execution:${machine.name}:${input.name}`;
      this.runs.set(arn, { arn, machine: machine.name, startedOn: input.stateMachineArn, definition: version?.definition ?? machine.definition, input: input.input, status: 'RUNNING' });
      return { executionArn: arn, startDate: new Date() };
    });
    m.on(DescribeExecutionCommand).callsFake(async (input: { executionArn: string }) => {
      const run = this.runs.get(input.executionArn);
      if (!run) throw sfnError('ExecutionDoesNotExist', `Execution Does Not Exist: '${input.executionArn}'`);
      if (run.stopReads !== undefined) {
        if (run.stopReads <= 0) {
          run.status = 'ABORTED';
          run.stopReads = undefined;
        } else {
          run.stopReads -= 1;
        }
      }
      return { executionArn: run.arn, stateMachineArn: run.startedOn, status: run.status, startDate: new Date() };
    });
    m.on(ListExecutionsCommand).callsFake(async (input: { stateMachineArn: string; statusFilter?: string }) => ({
      executions: [...this.runs.values()]
        .filter((run) => machineArnOf(run.machine) === input.stateMachineArn && (!input.statusFilter || run.status === input.statusFilter))
        .map((run) => ({ executionArn: run.arn, stateMachineArn: machineArnOf(run.machine), name: run.arn, status: run.status, startDate: new Date() })),
    }));
    m.on(StopExecutionCommand).callsFake(async (input: { executionArn: string }) => {
      const run = this.runs.get(input.executionArn);
      if (!run) throw sfnError('ExecutionDoesNotExist', `Execution Does Not Exist: '${input.executionArn}'`);
      if (run.status === 'RUNNING' && run.stopReads === undefined) {
        if (this.stopLag > 0) run.stopReads = this.stopLag;
        else run.status = 'ABORTED';
      }
      return { stopDate: new Date() };
    });
    return this;
  }
}
