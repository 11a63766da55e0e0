// Reading the resulting state back through the SDK, the way a user would check what the action did.
import { DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { DescribeStateMachineCommand, ListExecutionsCommand, paginateListStateMachines, type ExecutionListItem, type SFNClient } from '@aws-sdk/client-sfn';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { waitFor } from '../../../src/wait';

/** The stack, or undefined when CloudFormation says it does not exist. */
export async function findStack(cfn: CloudFormationClient, stackName: string): Promise<Stack | undefined> {
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    return out.Stacks?.[0];
  } catch (error) {
    if ((error as Error).name === 'ValidationError' && /does not exist/.test((error as Error).message)) return undefined;
    throw error;
  }
}

export async function findStateMachineArn(sfn: SFNClient, name: string): Promise<string | undefined> {
  for await (const page of paginateListStateMachines({ client: sfn }, {})) {
    const match = page.stateMachines?.find((machine) => machine.name === name);
    if (match) return match.stateMachineArn;
  }
  return undefined;
}

export async function definitionOf(sfn: SFNClient, stateMachineArn: string): Promise<{ States: Record<string, Record<string, unknown>> }> {
  const out = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  return JSON.parse(out.definition ?? '{}');
}

/** Every state name in a definition, Map/Parallel inner states included. */
export function stateNames(definition: { States?: Record<string, Record<string, unknown>> }): string[] {
  const names: string[] = [];
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    names.push(name);
    for (const inner of [state.Iterator, state.ItemProcessor, ...((state.Branches as unknown[]) ?? [])]) {
      if (inner && typeof inner === 'object') names.push(...stateNames(inner as { States?: Record<string, Record<string, unknown>> }));
    }
  }
  return names;
}

export async function executions(sfn: SFNClient, stateMachineArn: string, statusFilter?: 'RUNNING' | 'FAILED' | 'ABORTED' | 'SUCCEEDED'): Promise<ExecutionListItem[]> {
  const out = await sfn.send(new ListExecutionsCommand({ stateMachineArn, ...(statusFilter ? { statusFilter } : {}), maxResults: 100 }));
  return out.executions ?? [];
}

/** Waits (bounded) until the named machine exists and has a RUNNING run; returns that run's ARN. */
export async function waitForRunningExecution(sfn: SFNClient, machineName: string, withinMs: number): Promise<string> {
  return waitFor(
    async () => {
      const arn = await findStateMachineArn(sfn, machineName);
      if (!arn) return { done: false, seen: 'no state machine yet' };
      const running = await executions(sfn, arn, 'RUNNING');
      return running.length > 0 ? { done: true, value: running[0].executionArn! } : { done: false, seen: 'no RUNNING run yet' };
    },
    { what: `a RUNNING run of ${machineName}`, deadline: Date.now() + withinMs, initialDelayMs: 100, maxDelayMs: 500 },
  );
}
