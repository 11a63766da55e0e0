// State machine versions: publish the current revision, list them, and delete those this action published beyond
// the newest few (AWS allows 1,000 per machine and never deletes them by itself; DeleteStateMachine deletes them all).
import {
  DeleteStateMachineVersionCommand,
  DescribeStateMachineCommand,
  ListStateMachineVersionsCommand,
  ListTagsForResourceCommand,
  PublishStateMachineVersionCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import type { RunInfo } from '../context';
import { conflict, errorName, retrying, type WaitLimits } from './sfn-retry';
import { publishedByThisAction, taggedByThisAction, versionDescription } from './state-machine-tags';

/** Versions of the action's machine kept after publishing: the newest five (a run may still use an older one). */
export const VERSIONS_KEPT = 5;
/** Versions deleted at most in one go, so that a machine with hundreds of old versions never eats the deadline. */
const MAX_DELETED_AT_ONCE = 50;

/** Endpoints that do not have versions answer that they do not know the operation. */
export function versionsNotOffered(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return (
    ['UnknownOperationException', 'UnknownOperation', 'NotImplemented', 'NotImplementedException', 'InvalidAction'].includes(err.name) ||
    status === 501 ||
    /not (yet )?implemented|unknown operation/i.test(err.message)
  );
}

/** The version number at the end of a version ARN (…:stateMachine:name:7), NaN for other ARNs. */
export const versionNumber = (versionArn: string): number => Number(versionArn.slice(versionArn.lastIndexOf(':') + 1));

/**
 * The version of the machine's current revision: PublishStateMachineVersion is idempotent, so it returns the version
 * already published for this revision or publishes one. Undefined where the endpoint has no versions.
 */
export async function publishVersion(sfn: SFNClient, stateMachineArn: string, run: RunInfo, limits: WaitLimits): Promise<string | undefined> {
  try {
    const published = await retrying(
      () => sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn, description: versionDescription(run) })),
      { ...limits, what: `PublishStateMachineVersion ${stateMachineArn}`, classify: conflict },
    );
    return published.stateMachineVersionArn;
  } catch (err) {
    if (versionsNotOffered(err)) return undefined;
    throw err;
  }
}

/** The machine's version ARNs, newest (highest number) first, all pages. */
export async function listVersions(sfn: SFNClient, stateMachineArn: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn, maxResults: 1000, nextToken }));
    for (const version of page.stateMachineVersions ?? []) if (version.stateMachineVersionArn) arns.push(version.stateMachineVersionArn);
    nextToken = page.nextToken;
  } while (nextToken);
  return arns.sort((a, b) => versionNumber(b) - versionNumber(a));
}

export interface PruneResult {
  deleted: string[];
  /** "version: why" for each version that could not be deleted (e.g. an alias still points to it). */
  failed: string[];
  /** Why nothing was looked at (the machine is not this action's, or the endpoint has no versions). */
  skipped?: string;
}

/**
 * Deletes the versions this action published (marked by their description) beyond the newest `keep`, never one in
 * `protect` (a run of this step uses it), and only on a machine tagged as this action's. Deleting a version does
 * not stop its runs. Failures are reported, not thrown: pruning never fails an operation.
 */
export async function pruneVersions(
  sfn: SFNClient,
  stateMachineArn: string,
  options: { keep?: number; protect?: (string | undefined)[] } = {},
): Promise<PruneResult> {
  const result: PruneResult = { deleted: [], failed: [] };
  try {
    const { tags } = await sfn.send(new ListTagsForResourceCommand({ resourceArn: stateMachineArn }));
    if (!taggedByThisAction(tags)) return { ...result, skipped: 'the state machine was not created by this action' };
    const protect = new Set(options.protect ?? []);
    const candidates = (await listVersions(sfn, stateMachineArn)).slice(options.keep ?? VERSIONS_KEPT).filter((arn) => !protect.has(arn));
    for (const versionArn of candidates.slice(0, MAX_DELETED_AT_ONCE)) {
      try {
        const { description } = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: versionArn }));
        if (!publishedByThisAction(description)) continue;
        await sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: versionArn }));
        result.deleted.push(versionArn);
      } catch (err) {
        if (errorName(err) === 'StateMachineDoesNotExist') continue; // deleted meanwhile
        result.failed.push(`${versionArn}: ${errorName(err) ?? 'Error'}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } catch (err) {
    if (versionsNotOffered(err)) return { ...result, skipped: 'the endpoint has no state machine versions' };
    result.failed.push(`${errorName(err) ?? 'Error'}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return result;
}

/**
 * After DeleteStateMachine: the versions still listed for the deleted machine, deleted one by one. On AWS the list
 * answers StateMachineDoesNotExist (versions go with their machine); returns how many had to be deleted here.
 */
export async function deleteVersionsLeft(sfn: SFNClient, stateMachineArn: string): Promise<number> {
  let left: string[];
  try {
    left = await listVersions(sfn, stateMachineArn);
  } catch (err) {
    if (errorName(err) === 'StateMachineDoesNotExist' || versionsNotOffered(err)) return 0;
    throw err;
  }
  for (const versionArn of left) {
    try {
      await sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: versionArn }));
    } catch (err) {
      if (errorName(err) !== 'StateMachineDoesNotExist') throw err;
    }
  }
  return left.length;
}
