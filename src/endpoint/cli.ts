// `npm run endpoint -- [--port P] [--state-dir D] [--time-scale X] [--verbose]`: the local AWS endpoint as a
// process. Its first line on stdout is exactly `listening on http://127.0.0.1:P` (scripts wait for it);
// everything else goes to stderr. SIGINT/SIGTERM stop it cleanly (state persisted) with exit code 0.
// Imported rather than run (the benchmark does, to time the endpoint in the process of its clients, as
// `endpoint-url: local` runs it), the bundle only exports startEndpoint and starts nothing.
import { parseArgs } from 'node:util';
import { DEFAULT_CONSISTENCY_SECONDS, DEFAULT_PROPAGATION_SECONDS, parseBehaviour } from './behaviour';
import { DEFAULT_PORT, startEndpoint, type EndpointOptions } from './server';

export { startEndpoint };

const USAGE = `Usage: npm run endpoint -- [options]

A local AWS endpoint (DynamoDB, SQS, Lambda, Step Functions, CloudFormation, IAM, STS) on 127.0.0.1.
Point SDKs, the AWS CLI or boto3 at it with endpoint-url; any credentials are accepted, but requests
must be signed (as AWS clients always do), addressed to a loopback name, and carry no browser Origin.

Options:
  --port P          TCP port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --state-dir D     keep state in directory D across restarts (default: in memory)
  --time-scale X    multiply Wait states and similar delays by X (default 1 = real speed)
  --strict          AWS's timing: IAM propagation, eventual consistency, and faults when --fault-rate is set
  --propagation-seconds P  with --strict, a new role or policy change takes effect after P s (default ${DEFAULT_PROPAGATION_SECONDS})
  --consistency-seconds C  with --strict, eventually consistent reads lag changes by C s (default ${DEFAULT_CONSISTENCY_SECONDS})
  --fault-rate R    with --strict, this fraction (0-1) of requests and of Lambda invokes in runs fail transiently
  --fault-seed S    seed for choosing the faulted requests (default 1), so a run can be repeated
  --caller-policy F authorise every request against the IAM policy document in file F (default: allow all)
  --allow-origin O  let browser requests from origin O (e.g. http://localhost:3000, or *) in; repeatable or
                    comma-separated (default: none; only signed requests from AWS clients get in)
  --verbose         log every request to stderr
  --help            show this help
`;

/** Parses the command line; throws with a message fit for the user on anything invalid. */
function parseCli(argv: string[]): (EndpointOptions & { help: boolean }) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'state-dir': { type: 'string' },
      'time-scale': { type: 'string' },
      strict: { type: 'boolean' },
      'propagation-seconds': { type: 'string' },
      'consistency-seconds': { type: 'string' },
      'fault-rate': { type: 'string' },
      'fault-seed': { type: 'string' },
      'caller-policy': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be an integer from 0 to 65535, got '${values.port}'`);
  const timeScale = values['time-scale'] === undefined ? 1 : Number(values['time-scale']);
  if (!Number.isFinite(timeScale) || timeScale <= 0) throw new Error(`--time-scale must be a number above 0, got '${values['time-scale']}'`);
  const behaviour = parseBehaviour(
    {
      strict: values.strict,
      propagationSeconds: values['propagation-seconds'],
      consistencySeconds: values['consistency-seconds'],
      faultRate: values['fault-rate'],
      faultSeed: values['fault-seed'],
      callerPolicy: values['caller-policy'],
    },
    (key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
  );
  const allowOrigins = (values['allow-origin'] ?? []).flatMap((value) => value.split(',')).map((origin) => origin.trim()).filter(Boolean);
  for (const origin of allowOrigins) {
    if (origin !== '*' && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+$/i.test(origin)) throw new Error(`--allow-origin takes an origin such as http://localhost:3000 (scheme://host[:port]) or *, got '${origin}'`);
  }
  return { port, stateDir: values['state-dir'], timeScale, ...behaviour, logRequests: values.verbose, allowOrigins, help: values.help };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  // Deferred services: the first answer comes sooner; the heavy ones load on their first request.
  const endpoint = await startEndpoint({ ...options, deferServices: true, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`listening on ${endpoint.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping the endpoint\n`);
    endpoint.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// import.meta.main is true only for the module node was started with. Node before 22.18 lacks it, and cannot run
// state machines here anyway (aws-local-stepfunctions needs Node >= 22): say so rather than exit quietly.
if (import.meta.main === undefined) {
  process.stderr.write(`the local endpoint needs Node.js 22.18 or newer (this is ${process.version}); npm run endpoint uses the project's own Node 24\n`);
  process.exitCode = 1;
} else if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`could not start the endpoint: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
