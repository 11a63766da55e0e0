// Roles through the real SDK clients on a running endpoint: a function's own SDK calls run as its role
// (STS names the assumed role), Step Functions refuses a role it may not assume with AWS's error, and in
// strict mode a role created a moment ago is refused until it has propagated.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEndpoint, type RunningEndpoint } from '../../../src/endpoint/server';
import { waitFor } from '../../../src/wait';
import { clientConfig } from '../endpoint-clients';
import { trustFor } from '../iam-standin';
import { buildZip } from '../lambda/zip-builder';

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
const WHO_AM_I = `
const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
exports.handler = async () => (await new STSClient({}).send(new GetCallerIdentityCommand({}))).Arn;`;

describe('roles on a running endpoint', () => {
  let endpoint: RunningEndpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0 });
  });
  afterAll(() => endpoint?.close());

  it("runs a function's own SDK calls as its role, and answers other keys as the account", async () => {
    const iam = new IAMClient(clientConfig(endpoint.url));
    const lambda = new LambdaClient(clientConfig(endpoint.url));
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'scan-role', AssumeRolePolicyDocument: JSON.stringify(trustFor('lambda.amazonaws.com')) }));
    await lambda.send(new CreateFunctionCommand({ FunctionName: 'who-am-i', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: Role?.Arn, Code: { ZipFile: buildZip({ 'index.js': WHO_AM_I }) }, Timeout: 30 }));
    const invoked = await lambda.send(new InvokeCommand({ FunctionName: 'who-am-i' }));
    expect(invoked.FunctionError).toBeUndefined();
    expect(JSON.parse(Buffer.from(invoked.Payload ?? []).toString())).toBe('arn:aws:sts::000000000000:assumed-role/scan-role/who-am-i');

    const sts = new STSClient(clientConfig(endpoint.url));
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:iam::000000000000:root');
    const stranger = new STSClient({ ...clientConfig(endpoint.url), credentials: { accessKeyId: 'ASIAUNKNOWNROLE12345', secretAccessKey: 'x', sessionToken: 'y' } });
    await expect(stranger.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
    [iam, lambda, sts, stranger].forEach((c) => c.destroy());
  });

  it("refuses CreateStateMachine with a role that trusts only Lambda, in Step Functions' words", async () => {
    const iam = new IAMClient(clientConfig(endpoint.url));
    const sfn = new SFNClient(clientConfig(endpoint.url));
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'lambda-only', AssumeRolePolicyDocument: JSON.stringify(trustFor('lambda.amazonaws.com')) }));
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'refused', definition: PASS, roleArn: Role?.Arn }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.',
    });
    [iam, sfn].forEach((c) => c.destroy());
  });
});

describe('roles on a strict endpoint', () => {
  let endpoint: RunningEndpoint;
  beforeAll(async () => {
    // 8 AWS seconds at a quarter speed: 2 s, long enough that the create right after the role is surely early.
    endpoint = await startEndpoint({ port: 0, strict: true, propagationSeconds: 8, timeScale: 0.25 });
  });
  afterAll(() => endpoint?.close());

  it('refuses a role a moment old, then accepts it once propagated', async () => {
    const iam = new IAMClient(clientConfig(endpoint.url));
    const sfn = new SFNClient(clientConfig(endpoint.url));
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'fresh', AssumeRolePolicyDocument: JSON.stringify(trustFor('states.amazonaws.com')) }));
    const create = () => sfn.send(new CreateStateMachineCommand({ name: 'fresh-pump', definition: PASS, roleArn: Role?.Arn }));
    await expect(create()).rejects.toMatchObject({ name: 'AccessDeniedException' });
    const created = await waitFor(
      async () => {
        try {
          return { done: true, value: await create() };
        } catch (error) {
          if ((error as Error).name !== 'AccessDeniedException') throw error;
          return { done: false, seen: (error as Error).message };
        }
      },
      { what: 'the role to propagate', deadline: Date.now() + 15_000, initialDelayMs: 50, maxDelayMs: 250 },
    );
    expect(created.stateMachineArn).toContain(':stateMachine:fresh-pump');
    [iam, sfn].forEach((c) => c.destroy());
  });
});
