// The tags that mark a state machine (and the versions it publishes) as this action's, and trace it to the workflow run.
import type { RunInfo } from '../context';

/** The tag that marks what this action made. */
export const CREATED_BY_TAG = { key: 'created-by', value: 'stepfunctions-message-pump-action' } as const;

export function runTags(run: RunInfo): { key: string; value: string }[] {
  return [
    { ...CREATED_BY_TAG },
    { key: 'github:repository', value: run.repository },
    { key: 'github:run-url', value: run.runUrl },
  ];
}

/** Versions carry no tags: their description marks those this action published (at most 256 characters). */
const VERSION_MARK = `Published by ${CREATED_BY_TAG.value}`;

export function versionDescription(run: RunInfo): string {
  return `${VERSION_MARK} (${run.runUrl})`.slice(0, 256);
}

export function publishedByThisAction(description: string | undefined): boolean {
  return description?.startsWith(VERSION_MARK) ?? false;
}

export function taggedByThisAction(tags: { key?: string; value?: string }[] | undefined): boolean {
  return (tags ?? []).some((tag) => tag.key === CREATED_BY_TAG.key && tag.value === CREATED_BY_TAG.value);
}
