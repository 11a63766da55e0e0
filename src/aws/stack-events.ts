// A stack's events as a live progress log: each poll prints the events that arrived since the last one (oldest
// first, de-duplicated by EventId), and remembers the failures so they can be reported with their reasons.
import * as core from '@actions/core';
import {
  paginateDescribeStackEvents,
  type CloudFormationClient,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { isStackMissing } from './stack-errors';

/** A resource CloudFormation could not create, update or delete, and why. */
export interface FailedResource {
  logicalId: string;
  resourceType: string;
  status: string;
  reason: string;
  /** The resource's physical id, when known (a DELETE_FAILED resource still exists under it). */
  physicalId?: string;
}

/** DescribeStackEvents pages (newest first) read per poll at most: a busy stack cannot make one poll unbounded. */
const MAX_PAGES_PER_POLL = 5;
const STACK_TYPE = 'AWS::CloudFormation::Stack';
// Failures caused by another resource's failure: reported only when nothing better explains the outcome.
const CONSEQUENTIAL_REASON = /cancelled|canceled/i;

export class StackEventStream {
  private readonly seen = new Set<string>();
  private readonly received: StackEvent[] = [];

  constructor(
    private readonly cfn: CloudFormationClient,
    /** The stack's name or id (an id still finds the events of a deleted stack). */
    private readonly stack: string,
    private readonly print: (line: string) => void = (line) => core.info(line),
  ) {}

  /**
   * Marks the events that already exist as seen, so only events of the operation about to begin are shown.
   * Using the event ids rather than a timestamp keeps this right even when the runner's clock is off.
   */
  async begin(): Promise<void> {
    for (const event of await this.fetchUnseen()) if (event.EventId) this.seen.add(event.EventId);
  }

  /** Fetches the events that arrived since the last poll, prints them oldest first and returns them. */
  async poll(): Promise<StackEvent[]> {
    const fresh = (await this.fetchUnseen()).reverse();
    for (const event of fresh) {
      if (event.EventId) this.seen.add(event.EventId);
      this.received.push(event);
      this.print(formatEvent(event));
    }
    return fresh;
  }

  /** The events received so far by poll(), oldest first. */
  get events(): readonly StackEvent[] {
    return this.received;
  }

  /**
   * The resources that failed during this operation, first failure first, one entry per resource. Cancellations
   * (a resource stopped because another failed) and the stack's own summary are left out when a root cause is known.
   */
  failures(): FailedResource[] {
    const failed = new Map<string, FailedResource>();
    for (const event of this.received) {
      const status = event.ResourceStatus ?? '';
      const logicalId = event.LogicalResourceId ?? '?';
      if (!status.endsWith('_FAILED') || !event.ResourceStatusReason || failed.has(logicalId)) continue;
      failed.set(logicalId, {
        logicalId,
        resourceType: event.ResourceType ?? '',
        status,
        reason: event.ResourceStatusReason,
        // Only a resource that failed to go still exists under its id; a failed create's id names nothing.
        ...(status === 'DELETE_FAILED' && event.PhysicalResourceId ? { physicalId: event.PhysicalResourceId } : {}),
      });
    }
    const all = [...failed.values()];
    const causes = all.filter((f) => f.resourceType !== STACK_TYPE && !CONSEQUENTIAL_REASON.test(f.reason));
    if (causes.length > 0) return causes;
    const resources = all.filter((f) => f.resourceType !== STACK_TYPE);
    return resources.length > 0 ? resources : all;
  }

  /** Newest first, stopping at the first event already seen; a stack that does not exist (yet) has none. */
  private async fetchUnseen(): Promise<StackEvent[]> {
    const unseen: StackEvent[] = [];
    let pages = 0;
    try {
      for await (const page of paginateDescribeStackEvents({ client: this.cfn }, { StackName: this.stack })) {
        for (const event of page.StackEvents ?? []) {
          if (event.EventId && this.seen.has(event.EventId)) return unseen;
          unseen.push(event);
        }
        if (++pages >= MAX_PAGES_PER_POLL) break;
      }
    } catch (err) {
      if (!isStackMissing(err)) throw err;
    }
    return unseen;
  }
}

/** One log line per event: time, status, type, logical id and the reason when there is one. */
export function formatEvent(event: StackEvent): string {
  const time = event.Timestamp ? event.Timestamp.toISOString().slice(11, 19) : '--:--:--';
  const parts = [
    time,
    (event.ResourceStatus ?? '').padEnd(28),
    (event.ResourceType ?? '').padEnd(28),
    event.LogicalResourceId ?? '',
  ];
  if (event.ResourceStatusReason) parts.push(`- ${event.ResourceStatusReason}`);
  return parts.join(' ').trimEnd();
}

/** Each failed resource becomes an error annotation titled with its logical id and status. */
export function annotateFailures(failures: readonly FailedResource[]): void {
  for (const failure of failures) {
    core.error(failure.reason, { title: `${failure.logicalId} ${failure.status}` });
  }
}
