// The Lambda and Step Functions handlers retry while the role they pass cannot be assumed yet (IAM
// propagation), and fail with the service's words only at the deadline. Fake backends refuse the role
// as long as a test says so; the deadline is AWS's minute at a small time scale.
import { afterEach, describe, expect, it } from '@jest/globals';
import { CreateStackCommand, DescribeStackEventsCommand, DescribeStacksCommand, waitUntilStackCreateComplete, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { createCloudFormationService } from '../../../src/endpoint/services/cloudformation';
import { AwsError } from '../../../src/endpoint/types';
import { cfnClient, fakeBackends, serveService, testSettings, WAIT } from './support';

const ROLE = 'arn:aws:iam::000000000000:role/fresh';
const LAMBDA_REFUSAL = 'The role defined for the function cannot be assumed by Lambda.';
const STATES_REFUSAL = 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.';

const TEMPLATE = JSON.stringify({
  Resources: {
    Fn: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'fresh-fn', Runtime: 'nodejs24.x', Handler: 'index.handler', Role: ROLE, Code: { ZipFile: 'exports.handler = async () => 1;' } } },
    Machine: { Type: 'AWS::StepFunctions::StateMachine', DependsOn: 'Fn', Properties: { StateMachineName: 'fresh-machine', RoleArn: ROLE, Definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } } } },
  },
});

let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A CloudFormation service whose Lambda and Step Functions refuse the role until `assumable()` says yes. */
async function serviceWith(assumable: () => boolean, timeScale: number): Promise<{ client: CloudFormationClient; attempts: { lambda: number; states: number } }> {
  const fake = fakeBackends();
  const attempts = { lambda: 0, states: 0 };
  const { createFunction } = fake.backends.lambda;
  const { createStateMachine } = fake.backends.states;
  fake.backends.lambda.createFunction = (spec, region) => {
    attempts.lambda++;
    if (!assumable()) throw new AwsError('InvalidParameterValueException', LAMBDA_REFUSAL);
    return createFunction(spec, region);
  };
  fake.backends.states.createStateMachine = (input, region) => {
    attempts.states++;
    if (!assumable()) throw new AwsError('AccessDeniedException', STATES_REFUSAL);
    return createStateMachine(input, region);
  };
  const service = createCloudFormationService(testSettings({ timeScale }), fake.backends);
  const server = await serveService(service);
  const client = cfnClient(server.url);
  close = async () => {
    client.destroy();
    await service.close?.();
    await server.close();
  };
  return { client, attempts };
}

describe('a role that cannot be assumed yet', () => {
  it('is waited for: the stack completes once the role has propagated', async () => {
    let calls = 0;
    // Refused for the first three attempts of each service, as a role a few seconds old is.
    const { client, attempts } = await serviceWith(() => ++calls > 3 && calls !== 5 && calls !== 6, 0.01);
    await client.send(new CreateStackCommand({ StackName: 'fresh', TemplateBody: TEMPLATE }));
    await waitUntilStackCreateComplete({ client, ...WAIT }, { StackName: 'fresh' });
    expect(attempts.lambda).toBeGreaterThan(1);
    expect(attempts.states).toBeGreaterThan(1);
  });

  it('fails the resource with the service words after the deadline, and the stack rolls back', async () => {
    // AWS's minute of retries at time scale 0.001 is 60 ms.
    const { client, attempts } = await serviceWith(() => false, 0.001);
    await client.send(new CreateStackCommand({ StackName: 'never', TemplateBody: TEMPLATE }));
    let status: string | undefined;
    while (!status || status.endsWith('_IN_PROGRESS')) status = (await client.send(new DescribeStacksCommand({ StackName: 'never' }))).Stacks?.[0]?.StackStatus;
    expect(status).toBe('ROLLBACK_COMPLETE');
    const events = (await client.send(new DescribeStackEventsCommand({ StackName: 'never' }))).StackEvents ?? [];
    expect(events.find((e) => e.LogicalResourceId === 'Fn' && e.ResourceStatus === 'CREATE_FAILED')?.ResourceStatusReason).toMatch(
      /^Resource handler returned message: "The role defined for the function cannot be assumed by Lambda\. \(Service: Lambda, Status Code: 400, Request ID: [0-9a-f-]{36}\)" \(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: InvalidRequest\)$/,
    );
    expect(attempts.lambda).toBeGreaterThan(1);
  });

  it('is not retried when the failure is another one', async () => {
    const fake = fakeBackends();
    let calls = 0;
    fake.backends.lambda.createFunction = () => {
      calls++;
      throw new AwsError('InvalidParameterValueException', 'Unsupported runtime');
    };
    const service = createCloudFormationService(testSettings(), fake.backends);
    const server = await serveService(service);
    const client = cfnClient(server.url);
    close = async () => {
      client.destroy();
      await service.close?.();
      await server.close();
    };
    await client.send(new CreateStackCommand({ StackName: 'other', TemplateBody: TEMPLATE }));
    let status: string | undefined;
    while (!status || status.endsWith('_IN_PROGRESS')) status = (await client.send(new DescribeStacksCommand({ StackName: 'other' }))).Stacks?.[0]?.StackStatus;
    expect(status).toBe('ROLLBACK_COMPLETE');
    expect(calls).toBe(1);
  });
});

describe('setup.yaml under --strict', () => {
  it('deploys: its function waits for its role to propagate', async () => {
    const { readFileSync } = await import('node:fs');
    const { startEndpoint } = await import('../../../src/endpoint/server');
    const setup = readFileSync(new URL('../../../setup.yaml', import.meta.url), 'utf8');
    // Propagation of 8 s at time scale 0.01: 80 ms during which the new roles cannot be assumed.
    const endpoint = await startEndpoint({ port: 0, strict: true, timeScale: 0.01 });
    const client = cfnClient(endpoint.url);
    close = async () => {
      client.destroy();
      await endpoint.close();
    };
    await client.send(new CreateStackCommand({ StackName: 'strict-pump', TemplateBody: setup, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
    await waitUntilStackCreateComplete({ client, ...WAIT, maxWaitTime: 60 }, { StackName: 'strict-pump' });
  });
});
