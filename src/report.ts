// What the step shows at the end: step outputs, an annotation per failed check, a notice with the totals,
// and the job summary (checks table, Mermaid diagram of the definition in use, timings).
import * as core from '@actions/core';
import { CheckRecorder, type CheckResult } from './checks';
import type { OperationOutcome } from './context';
import { definitionToMermaid } from './definition/mermaid';

/** A CheckRecorder that also logs each check the moment an operation records it. */
export class LoggingCheckRecorder extends CheckRecorder {
  override record(result: CheckResult): void {
    super.record(result);
    const mark = result.passed ? '✅' : '❌';
    core.info(`${mark} ${result.name} (${result.seconds.toFixed(1)} s): ${result.detail}`);
  }
}

export interface ReportInput {
  /** What ran, for the summary's heading (e.g. "lifecycle"). */
  operation: string;
  checks: CheckResult[];
  outcome: OperationOutcome;
  /** Errors that ended an operation early (already phrased for people), in the order they happened. */
  errors: string[];
  /** Wall time of the whole step, seconds. */
  seconds: number;
}

/** Sets outputs, annotations and the summary; fails the step when a check failed or an operation threw. */
export async function report(input: ReportInput): Promise<void> {
  const { checks, outcome, errors } = input;
  const failed = checks.filter((c) => !c.passed);
  const passed = failed.length === 0 && errors.length === 0;

  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  core.setOutput('result', passed ? 'passed' : 'failed');
  core.setOutput('checks', JSON.stringify(checks));

  for (const check of failed) core.error(check.detail, { title: check.name });
  if (checks.length > 0) {
    core.notice(`${checks.length - failed.length} of ${checks.length} checks passed in ${input.seconds.toFixed(1)} s`, {
      title: `message pump ${input.operation}`,
    });
  }

  await writeSummary(input, passed);

  const reasons = [...errors];
  if (failed.length > 0) {
    const names = failed.map((c) => c.name).join(', ');
    reasons.push(`${failed.length} of ${checks.length} check${checks.length === 1 ? '' : 's'} failed: ${names}`);
  }
  if (reasons.length > 0) core.setFailed(reasons.join('; '));
}

async function writeSummary(input: ReportInput, passed: boolean): Promise<void> {
  const { checks, outcome, errors } = input;
  const summary = core.summary.addHeading(`Message pump: ${input.operation} ${passed ? 'passed' : 'failed'}`, 2);
  if (errors.length > 0) summary.addRaw(`<p><strong>Errors:</strong> ${escapeHtml(errors.join('; '))}</p>`, true);
  if (checks.length > 0) {
    summary.addTable([
      [
        { data: 'result', header: true },
        { data: 'check', header: true },
        { data: 'seconds', header: true },
        { data: 'detail', header: true },
      ],
      ...checks.map((c) => [c.passed ? '✅' : '❌', escapeHtml(c.name), c.seconds.toFixed(1), escapeHtml(c.detail)]),
    ]);
  }
  if (outcome.definition) {
    summary.addHeading('State machine definition', 3);
    // A fenced block (not addCodeBlock's <pre>): GitHub draws Mermaid only from ```mermaid fences.
    summary.addRaw(`\n\`\`\`mermaid\n${definitionToMermaid(outcome.definition)}\n\`\`\`\n`, true);
  }
  const timings = Object.entries(outcome.timings ?? {});
  timings.push(['total', input.seconds]);
  summary.addHeading('Timings', 3);
  summary.addTable([
    [
      { data: 'phase', header: true },
      { data: 'seconds', header: true },
    ],
    ...timings.map(([name, seconds]) => [escapeHtml(name), seconds.toFixed(1)]),
  ]);
  try {
    await summary.write();
  } catch (err) {
    // Outside Actions (a local run) there is no GITHUB_STEP_SUMMARY file; the log already has every check.
    core.debug(`job summary not written: ${err instanceof Error ? err.message : String(err)}`);
    summary.emptyBuffer();
  }
}

/** The summary is HTML: details come from AWS and users, so markup characters are escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One line for an error that ended an operation: AWS errors as "Name: message" (the SDK names them after
 * the service's error code), our own errors by their message. Never the stack (that goes to debug).
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const generic = err.name === 'Error' || err.name === 'InputError' || err.name === 'WaitTimeoutError';
  return generic || err.message.startsWith(`${err.name}:`) ? err.message : `${err.name}: ${err.message}`;
}
