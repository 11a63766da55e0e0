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
  dynamodb: [
    { where: /^create table \.output\.TableDescription\.TableStatus$/, reason: 'AWS answers CreateTable with CREATING (then ACTIVE, which the SDK waiter waits for); moto answers ACTIVE at once' },
    { where: /^(create|describe) table \.output\.(TableDescription\.)?TableId$/, reason: 'AWS returns TableId (a UUID) in TableDescription; moto omits it' },
    { where: /^describe table \.output\.BillingModeSummary\.LastUpdateToPayPerRequestDateTime$/, reason: 'AWS returns it for PAY_PER_REQUEST tables; moto omits it' },
    { where: /^(create|describe) table \.output\.(TableDescription\.)?(GlobalSecondaryIndexes|LocalSecondaryIndexes)$/, reason: 'AWS omits index lists when the table has none; moto sends []' },
    { where: /^(create|describe) table \.output\.(TableDescription\.)?(DeletionProtectionEnabled|WarmThroughput)$/, reason: 'members AWS added after dynalite modelled the API (ours omits them; optional, the SDK leaves them undefined, the action never reads them)' },
    { where: /^(update returning new|batch write|transact write) \.output\.(ConsumedCapacity|ItemCollectionMetrics)$/, reason: 'AWS returns these only when ReturnConsumedCapacity / ReturnItemCollectionMetrics ask for them (default NONE); moto always sends them' },
  ],
  sqs: [],
  iam: [
    { where: /^create role \.output\.Role\.RoleLastUsed$/, reason: "AWS's CreateRole answer carries no RoleLastUsed (GetRole does, and ours matches there); moto sends an empty one" },
  ],
  sts: [
    { where: /^caller identity \.output\.Arn$/, reason: "the caller differs by design: ours answers as the account's root (arn:aws:iam::<account>:root), moto as an IAM user 'moto'; both are valid caller ARNs" },
  ],
  cloudformation: [
    { where: /^create without capabilities /, reason: 'AWS refuses a template with named IAM resources without CAPABILITY_NAMED_IAM (InsufficientCapabilitiesException); moto creates the stack' },
    { where: /^describe stack \.output\.Stacks\[0\]\.Capabilities$/, reason: 'AWS returns the capabilities the stack was created with; moto omits them' },
    { where: /^describe stack \.output\.Stacks\[0\]\.DriftInformation$/, reason: 'AWS returns DriftInformation.StackDriftStatus NOT_CHECKED for a stack never drift-checked; moto omits it' },
    { where: /^describe stack \.output\.Stacks\[0\]\.(NotificationARNs|Parameters)$/, reason: 'empty lists: moto sends them empty (the SDK gives []), ours omits them (the SDK gives undefined); the action and the SDK waiters never read them' },
    { where: /^stack events \.output\.(keys|transitions)/, reason: 'AWS records an event per resource transition (CREATE_IN_PROGRESS with ResourceProperties, CREATE_COMPLETE); moto records only the stack\'s own events. Ours is checked against AWS\'s list below' },
    { where: /^update with no changes /, reason: "AWS answers an update with nothing to change with ValidationError 'No updates are to be performed.'; moto accepts it" },
  ],
};

/** The result of one step of a transcript. */
const resultOf = (transcript: Transcript, name: string) => transcript.steps.find((s) => s.name === name)?.result;

/** Where an allowance lets ours differ from moto, ours is pinned to what AWS does, checked on our transcript alone. */
const OURS_ALSO: Record<string, (ours: Transcript) => void> = {
  dynamodb: (ours) => {
    const created = resultOf(ours, 'create table')?.output as { TableDescription: Record<string, unknown> };
    expect(created.TableDescription.TableStatus).toBe('CREATING');
    expect(created.TableDescription).not.toHaveProperty('GlobalSecondaryIndexes');
    for (const step of ['update returning new', 'batch write', 'transact write']) expect(resultOf(ours, step)?.output).not.toHaveProperty('ConsumedCapacity');
  },
  cloudformation: (ours) => {
    expect(resultOf(ours, 'create without capabilities')).toEqual({ status: 400, error: 'InsufficientCapabilitiesException' });
    const stack = (resultOf(ours, 'describe stack')?.output as { Stacks: Record<string, unknown>[] }).Stacks[0];
    expect(stack.Capabilities).toEqual(['CAPABILITY_NAMED_IAM']);
    expect(stack.DriftInformation).toEqual({ StackDriftStatus: 'NOT_CHECKED' });
    const events = resultOf(ours, 'stack events')?.output as { transitions: string[]; newestFirst: boolean };
    for (const [id, type] of [['Table', 'AWS::DynamoDB::Table'], ['Queue', 'AWS::SQS::Queue'], ['Role', 'AWS::IAM::Role']]) {
      expect(events.transitions).toEqual(expect.arrayContaining([`${id} ${type} CREATE_IN_PROGRESS`, `${id} ${type} CREATE_COMPLETE`]));
    }
    expect(events.transitions).toEqual(expect.arrayContaining(['conformance-stack AWS::CloudFormation::Stack CREATE_COMPLETE']));
    expect(events.newestFirst).toBe(true);
    const update = resultOf(ours, 'update with no changes');
    expect(update).toEqual({ status: 400, error: 'ValidationError', message: 'No updates are to be performed.' });
  },
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
    OURS_ALSO[service]?.(oursTranscript);
  };

  test('DynamoDB: table, items, query, paged filtered scan, conditions, batches', compare('dynamodb', dynamodbScenario), 90_000);
  test('SQS: queue, attributes, send, receive, visibility, batch delete, purge, missing queue', compare('sqs', sqsScenario), 90_000);
  test('IAM: role and inline policy round trip', compare('iam', iamScenario), 60_000);
  test('STS: caller identity', compare('sts', stsScenario), 30_000);
  test('CloudFormation: stack with a table, a queue and a role', compare('cloudformation', cloudformationScenario), 120_000);
});
