// State machine versions through the SDK's SFNClient, as the Step Functions developer guide ("State
// machine versions") and API reference describe them: publish on create and update, the idempotent
// PublishStateMachineVersion with its revisionId check, listing newest first with pages, deleting,
// describing and running a version ARN, runs showing the version they were started on, numbers never
// reused, versions deleted with their machine and kept across a restart with a state directory.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DeleteStateMachineVersionCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  ListExecutionsCommand,
  ListStateMachineVersionsCommand,
  PublishStateMachineVersionCommand,
  SFNClient,
  StartExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { waitFor } from '../../../src/wait';
import { allowAllRoleSpec } from '../iam-standin';
import { harness, ROLE_ARN } from './support';

const say = (label: string): string => JSON.stringify({ StartAt: 'Say', States: { Say: { Type: 'Pass', Result: label, End: true } } });
const clientConfig = (url: string) => ({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });

/** The error an SDK call fails with: its name (the AWS error code) and message. */
async function failure(call: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('the call succeeded');
}

/** The output of a run once it has succeeded. */
async function outputOf(sfn: SFNClient, executionArn: string): Promise<unknown> {
  const run = await waitFor(
    async () => {
      const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return described.status === 'RUNNING' ? { done: false, seen: 'RUNNING' } : { done: true, value: described };
    },
    { what: `run ${executionArn} to end`, deadline: Date.now() + 10_000, initialDelayMs: 5, maxDelayMs: 50 },
  );
  expect(run.status).toBe('SUCCEEDED');
  return JSON.parse(run.output ?? 'null');
}

let endpoint: RunningEndpoint;
let sfn: SFNClient;
beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, timeScale: 0.001 });
  endpoint.backends.iam.createRole(allowAllRoleSpec('StepRole'));
  sfn = new SFNClient(clientConfig(endpoint.url));
});
afterAll(() => endpoint?.close());

describe('state machine versions', () => {
  it('publishes on create and update and with PublishStateMachineVersion, idempotently per revision, checking revisionId', async () => {
    const created = await sfn.send(new CreateStateMachineCommand({ name: 'versioned', definition: say('one'), roleArn: ROLE_ARN, publish: true, versionDescription: 'first' }));
    const arn = String(created.stateMachineArn);
    expect(created.stateMachineVersionArn).toBe(`${arn}:1`);

    const v1 = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:1` }));
    expect(v1).toMatchObject({ stateMachineArn: `${arn}:1`, name: 'versioned', status: 'ACTIVE', definition: say('one'), roleArn: ROLE_ARN, type: 'STANDARD', description: 'first' });
    // A machine never updated has no revision id, nor has a version published from that revision.
    expect(v1.revisionId).toBeUndefined();
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).revisionId).toBeUndefined();

    // Publishing the same revision again answers the version already published from it.
    const again = await sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn, revisionId: 'INITIAL' }));
    expect(again.stateMachineVersionArn).toBe(`${arn}:1`);
    expect(again.creationDate?.getTime()).toBe(v1.creationDate?.getTime());

    const updated = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('two') }));
    expect(updated.revisionId).toEqual(expect.any(String));
    expect(updated.stateMachineVersionArn).toBeUndefined();
    const conflict = await failure(sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn, revisionId: 'INITIAL' })));
    expect(conflict).toMatchObject({ name: 'ConflictException', status: 409 });
    expect(conflict.message).toBe(`Failed to publish the State Machine version for revision INITIAL. The current State Machine revision is ${updated.revisionId}.`);

    const v2 = await sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn, revisionId: updated.revisionId, description: 'second' }));
    expect(v2.stateMachineVersionArn).toBe(`${arn}:2`);
    expect(await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:2` }))).toMatchObject({ definition: say('two'), revisionId: updated.revisionId, description: 'second' });
    // The unqualified ARN describes the latest revision; the first version is unchanged.
    expect(await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).toMatchObject({ stateMachineArn: arn, definition: say('two'), revisionId: updated.revisionId });
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:1` }))).definition).toBe(say('one'));

    // An update that changes nothing keeps the revision, so publishing with it answers version 2.
    const unchanged = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('two'), publish: true }));
    expect(unchanged).toMatchObject({ revisionId: updated.revisionId, stateMachineVersionArn: `${arn}:2` });
    const third = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('three'), publish: true, versionDescription: 'third' }));
    expect(third.stateMachineVersionArn).toBe(`${arn}:3`);
    expect(third.revisionId).not.toBe(updated.revisionId);

    // A version cannot be updated; a description needs publish.
    expect(await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: `${arn}:3`, definition: say('four') })))).toMatchObject({
      name: 'StateMachineDoesNotExist',
      message: `State Machine Does Not Exist: '${arn}:3'`,
    });
    expect(await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('four'), versionDescription: 'no publish' })))).toMatchObject({
      name: 'ValidationException',
      message: 'Version description can only be set when publish is true',
    });
    expect(await failure(sfn.send(new CreateStateMachineCommand({ name: 'described', definition: say('x'), roleArn: ROLE_ARN, versionDescription: 'no publish' })))).toMatchObject({
      name: 'ValidationException',
    });
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).definition).toBe(say('three'));
  });

  it('lists versions newest first in pages, deletes them (idempotently) and never reuses a number', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'listed', definition: say('a'), roleArn: ROLE_ARN, publish: true }));
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('b'), publish: true }));
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('c'), publish: true }));

    const all = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn }));
    expect(all.stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:3`, `${arn}:2`, `${arn}:1`]);
    expect(all.nextToken).toBeUndefined();
    const first = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn, maxResults: 2 }));
    expect(first.stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:3`, `${arn}:2`]);
    const second = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn, maxResults: 2, nextToken: first.nextToken }));
    expect(second.stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:1`]);
    expect(second.nextToken).toBeUndefined();
    expect((await failure(sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn, maxResults: 1001 })))).name).toBe('ValidationException');

    await sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${arn}:3` }));
    await sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${arn}:3` })); // already gone: still fine
    expect((await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn }))).stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:2`, `${arn}:1`]);
    expect(await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:3` })))).toMatchObject({ name: 'StateMachineDoesNotExist', message: `State Machine Does Not Exist: '${arn}:3'` });
    expect((await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: `${arn}:3` })))).name).toBe('StateMachineDoesNotExist');
    expect((await failure(sfn.send(new ListExecutionsCommand({ stateMachineArn: `${arn}:3` })))).name).toBe('ResourceNotFound');

    // The current revision's version was deleted: publishing again makes version 4, not 3.
    expect((await sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn }))).stateMachineVersionArn).toBe(`${arn}:4`);
    expect((await failure(sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: arn })))).name).toBe('ValidationException');
    expect((await failure(sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:missing' })))).name).toBe(
      'StateMachineDoesNotExist',
    );
  });

  it('runs exactly the version started on, and shows the version in descriptions and lists of runs', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'run-versions', definition: say('v1'), roleArn: ROLE_ARN, publish: true }));
    const { revisionId } = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('latest') }));

    const onVersion = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${arn}:1`, name: 'on-version' }));
    const onMachine = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: 'on-machine' }));
    expect(onVersion.executionArn).toBe(arn.replace(':stateMachine:', ':execution:') + ':on-version');
    expect(await outputOf(sfn, String(onVersion.executionArn))).toBe('v1');
    expect(await outputOf(sfn, String(onMachine.executionArn))).toBe('latest');

    const versionRun = await sfn.send(new DescribeExecutionCommand({ executionArn: onVersion.executionArn }));
    expect(versionRun).toMatchObject({ stateMachineArn: arn, stateMachineVersionArn: `${arn}:1` });
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn: onMachine.executionArn }))).stateMachineVersionArn).toBeUndefined();

    const ofVersion = await sfn.send(new ListExecutionsCommand({ stateMachineArn: `${arn}:1` }));
    expect(ofVersion.executions?.map((e) => [e.name, e.stateMachineArn, e.stateMachineVersionArn])).toEqual([['on-version', arn, `${arn}:1`]]);
    const ofMachine = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn }));
    expect(ofMachine.executions?.map((e) => e.name).sort()).toEqual(['on-machine', 'on-version']);

    // The machine a run ran is the revision it ran, under the unqualified ARN.
    const ranLatest = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: onMachine.executionArn }));
    expect(ranLatest).toMatchObject({ stateMachineArn: arn, definition: say('latest'), revisionId });
    const ranVersion = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: onVersion.executionArn }));
    expect(ranVersion).toMatchObject({ stateMachineArn: arn, definition: say('v1') });
    expect(ranVersion.revisionId).toBeUndefined();
  });

  it('deletes the versions with their machine; a new machine of that name numbers from 1 again', async () => {
    const { stateMachineArn: arn = '' } = await sfn.send(new CreateStateMachineCommand({ name: 'short-lived', definition: say('x'), roleArn: ROLE_ARN, publish: true }));
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('y'), publish: true }));
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    await waitFor(
      async () => {
        const gone = await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).catch(() => undefined);
        return gone?.name === 'StateMachineDoesNotExist' ? { done: true, value: gone } : { done: false, seen: 'still there' };
      },
      { what: 'the machine to be deleted', deadline: Date.now() + 10_000, initialDelayMs: 5, maxDelayMs: 50 },
    );
    expect((await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:2` })))).name).toBe('StateMachineDoesNotExist');
    expect((await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn }))).stateMachineVersions).toEqual([]);
    const again = await sfn.send(new CreateStateMachineCommand({ name: 'short-lived', definition: say('z'), roleArn: ROLE_ARN, publish: true }));
    expect(again.stateMachineVersionArn).toBe(`${arn}:1`);
  });
});

describe('state machine names', () => {
  it('takes 1 to 80 characters of the allowed set, refusing others as AWS does', async () => {
    const longest = 'n'.repeat(80);
    await sfn.send(new CreateStateMachineCommand({ name: longest, definition: say('x'), roleArn: ROLE_ARN }));
    const tooLong = 'n'.repeat(81);
    expect(await failure(sfn.send(new CreateStateMachineCommand({ name: tooLong, definition: say('x'), roleArn: ROLE_ARN })))).toMatchObject({
      name: 'ValidationException',
      message: `1 validation error detected: Value '${tooLong}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80`,
    });
    expect(await failure(sfn.send(new CreateStateMachineCommand({ name: 'a:b', definition: say('x'), roleArn: ROLE_ARN })))).toMatchObject({ name: 'InvalidName', message: "Invalid Name: 'a:b'" });
    const machineArn = `arn:aws:states:us-east-1:000000000000:stateMachine:${longest}`;
    expect((await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: tooLong })))).name).toBe('ValidationException');
  });
});

describe('the version quota', () => {
  it('keeps at most 1000 versions per machine (ServiceQuotaExceededException), freed by deleting one', async () => {
    const h = harness();
    try {
      // Two definitions in turn: each update is a new revision, and the validator's verdicts are remembered.
      const definitions = [say('even'), say('odd')];
      const arn = String((await h.ok('CreateStateMachine', { name: 'many-versions', definition: definitions[0], roleArn: ROLE_ARN, publish: true })).stateMachineArn);
      for (let n = 2; n <= 1000; n++) {
        const updated = await h.ok('UpdateStateMachine', { stateMachineArn: arn, definition: definitions[(n - 1) % 2], publish: true });
        if (updated.stateMachineVersionArn !== `${arn}:${n}`) throw new Error(`update ${n} published ${String(updated.stateMachineVersionArn)}`);
      }
      const over = await h.call('UpdateStateMachine', { stateMachineArn: arn, definition: definitions[0], publish: true });
      expect(over.status).toBe(402);
      expect(over.body.__type).toBe('com.amazonaws.sfn#ServiceQuotaExceededException');
      // Refused as a whole: the machine keeps its revision.
      expect((await h.ok('DescribeStateMachine', { stateMachineArn: arn })).definition).toBe(definitions[1]);
      // Publishing the current revision answers the version it already has, quota or not.
      expect((await h.ok('PublishStateMachineVersion', { stateMachineArn: arn })).stateMachineVersionArn).toBe(`${arn}:1000`);
      await h.ok('DeleteStateMachineVersion', { stateMachineVersionArn: `${arn}:1` });
      const freed = await h.ok('UpdateStateMachine', { stateMachineArn: arn, definition: definitions[0], publish: true });
      expect(freed.stateMachineVersionArn).toBe(`${arn}:1001`);
    } finally {
      await h.close();
    }
  });
});

describe('versions with a state directory', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'endpoint-versions-'));
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('keeps versions and their numbering across a restart', async () => {
    const first = await startEndpoint({ port: 0, stateDir, timeScale: 0.001 });
    first.backends.iam.createRole(allowAllRoleSpec('StepRole'));
    const arn = 'arn:aws:states:us-east-1:000000000000:stateMachine:kept-versions';
    try {
      const client = new SFNClient(clientConfig(first.url));
      expect((await client.send(new CreateStateMachineCommand({ name: 'kept-versions', definition: say('one'), roleArn: ROLE_ARN, publish: true, versionDescription: 'kept' }))).stateMachineArn).toBe(arn);
      await client.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: say('two'), publish: true }));
      await client.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: `${arn}:2` }));
    } finally {
      await first.close();
    }
    const second = await startEndpoint({ port: 0, stateDir, timeScale: 0.001 });
    try {
      const client = new SFNClient(clientConfig(second.url));
      expect(await client.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:1` }))).toMatchObject({ definition: say('one'), description: 'kept' });
      expect((await client.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn }))).stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:1`]);
      expect((await client.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn }))).stateMachineVersionArn).toBe(`${arn}:3`);
      const run = await client.send(new StartExecutionCommand({ stateMachineArn: `${arn}:1` }));
      expect(await outputOf(client, String(run.executionArn))).toBe('one');
    } finally {
      await second.close();
    }
  }, 60_000);
});
