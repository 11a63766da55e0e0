// Conformance: the same SDK call sequences against our endpoint and against moto (a peer emulator nobody here
// wrote); what the SDK returns must match after normalising ids, random ARN parts, timestamps and URLs.
// Every accepted difference is listed below with its reason (and in docs/conformance.md).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientsFor, type TestClients } from '../e2e/helpers/clients';
import { motoUnavailableReason, startEndpointProcess, startMoto, type StartedProcess } from '../e2e/helpers/processes';
import { applyAllowances, compareTranscripts, formatDifferences, Transcript, type Allowance } from './helpers/transcript';
import { cloudformationScenario, dynamodbScenario, iamScenario, sqsScenario, stsScenario } from './helpers/scenarios';

// ---- Accepted differences: one line each, `where` matched against "<step> <path>". ----
const ALLOWED: Record<string, Allowance[]> = {
  dynamodb: [],
  sqs: [],
  iam: [],
  sts: [],
  cloudformation: [],
};

const motoMissing = motoUnavailableReason();
if (motoMissing) console.warn(`conformance suite skipped: ${motoMissing} (install with: pip install 'moto[server]')`);
const suite = motoMissing ? describe.skip : describe;

suite('conformance with moto', () => {
  let moto: StartedProcess;
  let ours: StartedProcess | undefined;
  let oursUrl: string;
  let stateDir: string;
  const clients: { ours?: TestClients; moto?: TestClients } = {};

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'G-conformance-'));
    // OURS_URL: compare an endpoint that is already running (e.g. `npm run endpoint`) instead of starting one.
    const [motoProcess, oursProcess] = await Promise.all([
      startMoto(),
      process.env.OURS_URL ? Promise.resolve(undefined) : startEndpointProcess({ stateDir }),
    ]);
    moto = motoProcess;
    ours = oursProcess;
    oursUrl = process.env.OURS_URL ?? ours!.url;
    clients.ours = clientsFor(oursUrl);
    clients.moto = clientsFor(moto.url);
  }, 60_000);

  afterAll(async () => {
    clients.ours?.destroy();
    clients.moto?.destroy();
    await Promise.all([moto?.stop(), ours?.stop()]);
    rmSync(stateDir, { recursive: true, force: true });
  });

  const compare = (service: string, scenario: (c: TestClients, t: Transcript) => Promise<void>) => async () => {
    const oursTranscript = new Transcript();
    const motoTranscript = new Transcript();
    await scenario(clients.ours!, oursTranscript);
    await scenario(clients.moto!, motoTranscript);
    // CONFORMANCE_DUMP=<dir>: keep both transcripts for reading (e.g. when writing docs/conformance.md).
    if (process.env.CONFORMANCE_DUMP) {
      mkdirSync(process.env.CONFORMANCE_DUMP, { recursive: true });
      for (const [who, transcript] of [['ours', oursTranscript], ['moto', motoTranscript]] as const) {
        writeFileSync(join(process.env.CONFORMANCE_DUMP, `${service}.${who}.json`), JSON.stringify(transcript.steps, null, 2));
      }
    }
    const { unexplained, unused } = applyAllowances(compareTranscripts(oursTranscript, motoTranscript), ALLOWED[service]);
    if (unused.length > 0) console.info(`${service}: allowances no longer needed:\n${unused.map((a) => `${a.where} (${a.reason})`).join('\n')}`);
    expect(formatDifferences(unexplained)).toBe('');
  };

  test('DynamoDB: table, items, query, paged filtered scan, conditions, batches', compare('dynamodb', dynamodbScenario), 90_000);
  test('SQS: queue, attributes, send, receive, visibility, batch delete, purge, missing queue', compare('sqs', sqsScenario), 90_000);
  test('IAM: role and inline policy round trip', compare('iam', iamScenario), 60_000);
  test('STS: caller identity', compare('sts', stsScenario), 30_000);
  test('CloudFormation: stack with a table, a queue and a role', compare('cloudformation', cloudformationScenario), 120_000);
});
