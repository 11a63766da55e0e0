// A CreateStack whose answer is lost (the connection drops after CloudFormation took the request): the SDK sends
// it again, with the same ClientRequestToken, so CloudFormation recognises the retry and deploy succeeds instead
// of failing on "already exists". A small CloudFormation stand-in on a loopback port plays AWS's part.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as core from '../../__fixtures__/core';

jest.unstable_mockModule('@actions/core', () => core);
const { createClients } = await import('../../src/aws/clients');
const { deployStack } = await import('../../src/aws/stack');

const NAME = 'doc-example-stepfunctions-messages-stack';
const STACK_ID = `arn:aws:cloudformation:us-east-1:123456789012:stack/${NAME}/5b7e1c40-0000-4000-8000-000000000001`;
const XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

const answer = (action: string, result: string) =>
  `<${action}Response xmlns="${XMLNS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${action}Response>`;
const error = (code: string, message: string) =>
  `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

/** CreateStack as CloudFormation documents the token: a retry with the same token is the same request. */
function cloudFormationStandIn(): { server: Server; createTokens: string[] } {
  const createTokens: string[] = [];
  let created: string | undefined;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const reply = (status: number, xml: string) => res.writeHead(status, { 'content-type': 'text/xml' }).end(xml);
      switch (form.get('Action')) {
        case 'CreateStack': {
          const token = form.get('ClientRequestToken') ?? '';
          createTokens.push(token);
          if (created === undefined) {
            created = token;
            // Taken, but the answer never arrives.
            req.socket.destroy();
            return;
          }
          if (token && token === created) return reply(200, answer('CreateStack', `<StackId>${STACK_ID}</StackId>`));
          return reply(400, error('AlreadyExistsException', `Stack [${NAME}] already exists`));
        }
        case 'DescribeStacks':
          if (created === undefined) return reply(400, error('ValidationError', `Stack with id ${form.get('StackName')} does not exist`));
          return reply(
            200,
            answer(
              'DescribeStacks',
              `<Stacks><member><StackName>${NAME}</StackName><StackId>${STACK_ID}</StackId><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime></member></Stacks>`,
            ),
          );
        case 'DescribeStackEvents':
          return reply(200, answer('DescribeStackEvents', '<StackEvents></StackEvents>'));
        default:
          return reply(400, error('InvalidAction', `unexpected ${form.get('Action')}`));
      }
    });
  });
  return { server, createTokens };
}

describe('a lost CreateStack answer', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.close();
  });

  it('is retried by the SDK with the same ClientRequestToken, and deploy succeeds', async () => {
    const standIn = cloudFormationStandIn();
    server = standIn.server;
    await new Promise<void>((done) => standIn.server.listen(0, '127.0.0.1', done));
    const { port } = standIn.server.address() as AddressInfo;
    process.env.AWS_ACCESS_KEY_ID ??= 'AKIAUNITTEST';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'unit-test-secret';
    const clients = createClients({ region: 'us-east-1', endpoint: `http://127.0.0.1:${port}` });

    const result = await deployStack(
      clients.cloudformation,
      { stackName: NAME, templateBody: 'Resources: {}', tags: [], changeSetName: 'cs' },
      { deadline: Date.now() + 20_000, tokenPrefix: 'gh-42-1-lost', sleep: async () => undefined },
    );

    expect(result.action).toBe('created');
    expect(result.stack.StackId).toBe(STACK_ID);
    expect(standIn.createTokens).toHaveLength(2);
    expect(standIn.createTokens[0]).toMatch(/^gh-42-1-lost-create-\d+$/);
    expect(standIn.createTokens[1]).toBe(standIn.createTokens[0]);
    // The retry is not silent: one warning for it, and it is counted.
    expect(clients.retries.byOperation).toEqual({ 'CloudFormation CreateStack': 1 });
    expect(core.warning).toHaveBeenCalledWith(expect.stringMatching(/^AWS SDK retry: CloudFormation CreateStack attempt 2 of 5, after /));
  });
});
