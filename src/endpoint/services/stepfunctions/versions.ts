// State machine versions, as the Step Functions developer guide ("State machine versions") and the API
// reference (PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion) describe
// them: numbered, immutable snapshots of one revision of a machine, numbered from 1 and never reused,
// at most 1000 at a time per machine, published idempotently (one version per revision). Aliases are
// not reproduced.
import { AwsError } from '../../types';
import { versionArn } from './arn';

/** "You can publish up to 1000 versions for each state machine" (PublishStateMachineVersion). */
export const MAX_VERSIONS_PER_MACHINE = 1000;

/** What PublishStateMachineVersion's revisionId names when the machine has not been updated yet. */
export const INITIAL_REVISION = 'INITIAL';

/** The part of a machine a version copies: one revision of it. */
export interface Revision {
  definition: string;
  roleArn: string;
  /** Absent for the revision a machine was created with (AWS gives it no id). */
  revisionId?: string;
}

/** The machine a version is published from. */
export interface PublishingMachine extends Revision {
  stateMachineArn: string;
  type: string;
  /** The highest version number ever published, so that numbers are never reused. */
  lastVersion?: number;
}

export interface VersionRecord extends Revision {
  stateMachineVersionArn: string;
  stateMachineArn: string;
  version: number;
  type: string;
  description?: string;
  creationDate: number;
}

export class VersionStore {
  private readonly versions = new Map<string, VersionRecord>();

  get(arn: string): VersionRecord | undefined {
    return this.versions.get(arn);
  }

  /** The machine's versions, newest first, as ListStateMachineVersions returns them. */
  of(machineArn: string): VersionRecord[] {
    return [...this.versions.values()].filter((v) => v.stateMachineArn === machineArn).sort((a, b) => b.version - a.version);
  }

  /**
   * Publishes the machine's current revision, or returns the version already published from it.
   * `expectedRevisionId` (PublishStateMachineVersion's revisionId; `INITIAL` for a machine never
   * updated) must name the current revision, or ConflictException, with AWS's message.
   */
  publish(machine: PublishingMachine, options: { expectedRevisionId?: string; description?: string } = {}): VersionRecord {
    const current = machine.revisionId ?? INITIAL_REVISION;
    if (options.expectedRevisionId !== undefined && options.expectedRevisionId !== current) {
      throw new AwsError('ConflictException', `Failed to publish the State Machine version for revision ${options.expectedRevisionId}. The current State Machine revision is ${current}.`, 409);
    }
    const existing = this.of(machine.stateMachineArn);
    const same = existing.find((v) => (v.revisionId ?? INITIAL_REVISION) === current);
    if (same) return same;
    this.checkRoom(machine.stateMachineArn);
    const number = (machine.lastVersion ?? 0) + 1;
    machine.lastVersion = number;
    const record: VersionRecord = {
      stateMachineVersionArn: versionArn(machine.stateMachineArn, number),
      stateMachineArn: machine.stateMachineArn,
      version: number,
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: machine.type,
      ...(machine.revisionId !== undefined ? { revisionId: machine.revisionId } : {}),
      ...(options.description !== undefined ? { description: options.description } : {}),
      creationDate: Date.now(),
    };
    this.versions.set(record.stateMachineVersionArn, record);
    return record;
  }

  /** ServiceQuotaExceededException when the machine already has the most versions AWS allows. */
  checkRoom(machineArn: string): void {
    if (this.of(machineArn).length < MAX_VERSIONS_PER_MACHINE) return;
    throw new AwsError(
      'ServiceQuotaExceededException',
      `The state machine '${machineArn}' already has the maximum number of versions (${MAX_VERSIONS_PER_MACHINE}); delete unused versions with DeleteStateMachineVersion`,
      402,
    );
  }

  /** Deleting a version that is not there succeeds, as on AWS. */
  delete(arn: string): boolean {
    return this.versions.delete(arn);
  }

  /** DeleteStateMachine "also deletes all versions and aliases associated with a state machine". */
  deleteAllOf(machineArn: string): void {
    for (const version of this.of(machineArn)) this.versions.delete(version.stateMachineVersionArn);
  }

  snapshot(): VersionRecord[] {
    return [...this.versions.values()];
  }

  restore(saved: VersionRecord[] | undefined, machineExists: (arn: string) => boolean): void {
    for (const version of saved ?? []) {
      if (machineExists(version.stateMachineArn)) this.versions.set(version.stateMachineVersionArn, version);
    }
  }
}

/** Checks a version description (at most 256 characters, only with publish), with AWS's messages. */
export function checkVersionDescription(description: unknown, publish: boolean, member: string): string | undefined {
  if (description === undefined || description === null) return undefined;
  if (typeof description !== 'string') {
    throw new AwsError('SerializationException', `Unexpected value for '${member}': expected a string`);
  }
  // Recorded from AWS: CreateStateMachine with a versionDescription and no publish.
  if (!publish) throw new AwsError('ValidationException', 'Version description can only be set when publish is true');
  if ([...description].length > 256) {
    throw new AwsError('ValidationException', `1 validation error detected: Value '${description}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to 256`);
  }
  return description;
}
