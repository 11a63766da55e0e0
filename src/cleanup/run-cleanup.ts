// The post step (runs.post): stops the Step Functions runs the main step started that are still RUNNING, e.g.
// when the job was cancelled and the main process was killed before it could stop them itself.
// It never fails the job: a clean-up problem is a warning.
import * as core from '@actions/core';
import { InputError, parseInputs } from '../inputs';

/** The main step's saved list of runs ([] when none was saved or it is unreadable). */
export function savedExecutions(saved: string): string[] {
  if (!saved) return [];
  try {
    const parsed: unknown = JSON.parse(saved);
    return Array.isArray(parsed) ? parsed.filter((arn): arn is string => typeof arn === 'string' && arn !== '') : [];
  } catch {
    return [];
  }
}

export async function runCleanup(): Promise<void> {
  try {
    const executions = savedExecutions(core.getState('executions'));
    if (executions.length === 0) {
      core.info('Clean-up: the main step started no Step Functions run; nothing to stop');
      return;
    }
    const inputs = parseInputs((name) => core.getInput(name));
    if (inputs.endpointUrl === 'local') {
      core.info('Clean-up: skipped, the local endpoint stopped with the main step and its runs with it');
      return;
    }
    const [{ createClients }, { stopExecutions }] = await Promise.all([
      import('../aws/clients'),
      import('../aws/state-machine'),
    ]);
    const clients = createClients({ region: inputs.region, endpoint: inputs.endpointUrl });
    const stopped = await stopExecutions(clients.sfn, executions, 'Stopped by the post step of the job that started it');
    core.info(
      stopped.length > 0
        ? `Clean-up: stopped ${stopped.length} run(s) still RUNNING: ${stopped.join(', ')}`
        : `Clean-up: none of the ${executions.length} run(s) the main step started is still running`,
    );
  } catch (err) {
    const plain = err instanceof Error && (err.name === 'Error' || err instanceof InputError);
    const message = err instanceof Error ? (plain ? err.message : `${err.name}: ${err.message}`) : String(err);
    core.warning(`Clean-up could not stop the runs the main step started: ${message}`, { title: 'Clean-up' });
  }
}
