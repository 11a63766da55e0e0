// Step Functions' eventual consistency, reproduced when the endpoint is strict (`lagMs` > 0; 0 turns
// every lag off). The Step Functions API reference says:
// - UpdateStateMachine: "Executions started immediately after calling UpdateStateMachine may use the
//   previous state machine definition and roleArn" (a version ARN is always exact);
// - StopExecution, DescribeExecution, ListExecutions, ListStateMachines are eventually consistent: a
//   stopped run still reads RUNNING for a while, a new machine is not listed yet, a deleted one still is;
// - DeleteStateMachine marks the machine for deletion: it is DELETING for a while.
// Reads here lag the change by exactly `lagMs`, so that tests can wait for the window to end.
import type { Revision } from './versions';

interface Seen {
  /** When this revision became the machine's current one. */
  from: number;
  revision: Revision & { updateDate?: number };
}

export class ConsistencyLag {
  /** Per machine: the revisions a StartExecution may still see, oldest first. */
  private readonly revisions = new Map<string, Seen[]>();
  /** Per execution stopped by StopExecution: until when it still reads RUNNING. */
  private readonly stops = new Map<string, number>();

  constructor(readonly lagMs: number) {}

  /** Remembers an update: `previous` stays what starts see until lagMs after `at`. */
  updated(machineArn: string, previous: Seen['revision'], previousFrom: number, current: Seen['revision'], at: number): void {
    if (this.lagMs <= 0) return;
    const seen = this.revisions.get(machineArn) ?? [{ from: previousFrom, revision: previous }];
    seen.push({ from: at, revision: current });
    this.revisions.set(machineArn, seen);
  }

  /**
   * The revision a start on the unqualified ARN uses at `now`: the one that was current lagMs ago
   * (or the oldest still remembered, for a machine younger than that); undefined means the current one.
   */
  revisionAt(machineArn: string, now: number): Seen['revision'] | undefined {
    const seen = this.revisions.get(machineArn);
    if (!seen) return undefined;
    const cutoff = now - this.lagMs;
    let index = 0;
    for (let i = 0; i < seen.length; i++) if (seen[i].from <= cutoff) index = i;
    if (index === seen.length - 1 && seen[index].from <= cutoff) {
      this.revisions.delete(machineArn); // the latest revision is visible everywhere now
      return undefined;
    }
    seen.splice(0, index);
    return seen[0].revision;
  }

  forget(machineArn: string): void {
    this.revisions.delete(machineArn);
  }

  /** A run stopped by StopExecution at `at` keeps reading RUNNING until lagMs later. */
  stopped(executionArn: string, at: number): void {
    if (this.lagMs > 0) this.stops.set(executionArn, at + this.lagMs);
  }

  readsRunning(executionArn: string, now: number): boolean {
    const until = this.stops.get(executionArn);
    if (until === undefined) return false;
    if (until > now) return true;
    this.stops.delete(executionArn);
    return false;
  }

  /** ListStateMachines shows a machine only once lagMs have passed since its creation. */
  listed(creationDate: number, now: number): boolean {
    return creationDate + this.lagMs <= now;
  }
}
