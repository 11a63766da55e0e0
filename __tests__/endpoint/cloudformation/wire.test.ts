// The query/XML wire as the handler answers it, for what the SDK tests do not reach: raw error shapes,
// unknown actions, lookups by physical id, ListStacks and GetTemplateSummary.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { createCloudFormationService } from '../../../src/endpoint/services/cloudformation';
import type { AwsResponse } from '../../../src/endpoint/types';
import { fakeBackends, testSettings } from './support';

const parser = new XMLParser({ ignoreAttributes: false });

function setup() {
  const fake = fakeBackends();
  const service = createCloudFormationService(testSettings(), fake.backends);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML, walked by element names in the assertions
  const call = async (params: Record<string, string>): Promise<{ response: AwsResponse; xml: Record<string, any> }> => {
    const body = new URLSearchParams({ Version: '2010-05-15', ...params }).toString();
    const response = await service.handler.handle({
      service: 'cloudformation', method: 'POST', path: '/', query: new URLSearchParams(), headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(body), region: 'us-east-1', accountId: '000000000000', requestId: randomUUID(),
    });
    return { response, xml: parser.parse(String(response.body)) };
  };
  // close() waits for the stack work in flight (and stops nothing else): the stack has settled after it.
  const settle = async (): Promise<void> => service.close?.();
  return { call, settle };
}

const QUEUE = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { QueueName: wire-queue }\n';

describe('the CloudFormation wire', () => {
  it('answers an unknown action with an AWS-shaped error naming it', async () => {
    const { call } = setup();
    const { response, xml } = await call({ Action: 'FrobnicateStack' });
    expect(response.status).toBe(400);
    expect(xml.ErrorResponse.Error).toMatchObject({ Type: 'Sender', Code: 'InvalidAction' });
    expect(xml.ErrorResponse.Error.Message).toContain('FrobnicateStack');
  });

  it('answers in the CloudFormation namespace with a request id', async () => {
    const { call } = setup();
    const { response, xml } = await call({ Action: 'DescribeStacks' });
    expect(response.status).toBe(200);
    expect(xml.DescribeStacksResponse['@_xmlns']).toBe('http://cloudformation.amazonaws.com/doc/2010-05-15/');
    expect(xml.DescribeStacksResponse.ResponseMetadata.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('finds resources by physical id, lists stacks with deleted ones, and summarises templates', async () => {
    const { call, settle } = setup();
    await call({ Action: 'CreateStack', StackName: 'wire', TemplateBody: QUEUE });
    await settle();
    const url = 'http://127.0.0.1:1/000000000000/wire-queue';
    const byPhysical = (await call({ Action: 'DescribeStackResources', PhysicalResourceId: url })).xml;
    expect(byPhysical.DescribeStackResourcesResponse.DescribeStackResourcesResult.StackResources.member).toMatchObject({ StackName: 'wire', LogicalResourceId: 'Q' });

    await call({ Action: 'DeleteStack', StackName: 'wire' });
    await settle();
    const listed = (await call({ Action: 'ListStacks', 'StackStatusFilter.member.1': 'DELETE_COMPLETE' })).xml;
    expect(listed.ListStacksResponse.ListStacksResult.StackSummaries.member).toMatchObject({ StackName: 'wire', StackStatus: 'DELETE_COMPLETE' });

    const summary = (await call({ Action: 'GetTemplateSummary', TemplateBody: `Parameters:\n  P: { Type: Number, Default: 3 }\n${QUEUE}` })).xml;
    expect(summary.GetTemplateSummaryResponse.GetTemplateSummaryResult).toMatchObject({
      Parameters: { member: { ParameterKey: 'P', ParameterType: 'Number', DefaultValue: 3 } },
      ResourceTypes: { member: 'AWS::SQS::Queue' },
    });
  });

  it('refuses TemplateURL, an oversized template and a missing StackName as validation errors', async () => {
    const { call } = setup();
    const url = (await call({ Action: 'CreateStack', StackName: 's', TemplateURL: 'https://example.com/t.json' })).xml;
    expect(url.ErrorResponse.Error).toMatchObject({ Code: 'ValidationError' });
    const huge = (await call({ Action: 'ValidateTemplate', TemplateBody: `${QUEUE}# ${'x'.repeat(51_200)}` })).xml;
    expect(huge.ErrorResponse.Error.Message).toContain('51200');
    const missing = (await call({ Action: 'CreateStack', TemplateBody: QUEUE })).xml;
    expect(missing.ErrorResponse.Error.Message).toContain("'StackName'");
  });
});
