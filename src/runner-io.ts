// Reading an input and failing the step as the runner expects, without importing @actions/core.
// Only the bad-input path uses these. @actions/core 3 loads its OIDC HTTP client (undici) when it is
// imported: about 110 ms of the ~190 ms a rejection took on Node 24 here. Everything after the inputs
// are valid uses @actions/core itself; these two mirror core.getInput and core.setFailed exactly.
import { EOL } from 'node:os';

/** An input as core.getInput reads it: INPUT_<NAME> (spaces as underscores, upper case), trimmed. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** As core.setFailed: exit code 1 and an `::error::` workflow command (data escaped as the runner expects). */
export function failStep(message: string, write: (text: string) => void = (text) => process.stdout.write(text)): void {
  process.exitCode = 1;
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  write(`::error::${data}${EOL}`);
}
