// parseInputs: each row gives inputs (and environment) and the exact outcome.
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, InputError, parseInputs, actionRoot } from '../src/inputs';

let workspace: string;
const MY_TEMPLATE = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub ${AWS::StackName}-q\n';
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'inputs-test-'));
  writeFileSync(join(workspace, 'pump.asl.json'), '{}');
  writeFileSync(join(workspace, 'my-template.yaml'), MY_TEMPLATE);
  writeFileSync(join(workspace, 'template.json'), '{ "Resources": { "Queue": { "Type": "AWS::SQS::Queue" } } }');
  writeFileSync(join(workspace, 'not-yaml.yaml'), 'Resources:\n  Queue: [unclosed\n');
  writeFileSync(join(workspace, 'no-resources.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nOutputs: {}\n');
  writeFileSync(join(workspace, 'empty-resources.yaml'), 'Resources: {}\n');
  writeFileSync(join(workspace, 'a-list.yaml'), '- Resources\n');
  writeFileSync(join(workspace, 'too-big.yaml'), `Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n# ${'x'.repeat(51_200)}\n`);
  // 342 bytes that expand to billions of nodes if the parser follows every alias.
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
    bomb.push(`${name}: &${name} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
  }
  writeFileSync(join(workspace, 'bomb.yaml'), `${bomb.join('\n')}\nResources: *i\n`);
  symlinkSync('/etc/hostname', join(workspace, 'link-out.yaml'));
  const list = (n: number) => Array.from({ length: n }, (_, i) => ({ user_name: `u${i % 7}`, message: `m${i}` }));
  writeFileSync(join(workspace, 'messages-2000.json'), JSON.stringify(list(2000)));
  writeFileSync(join(workspace, 'messages-10000.json'), JSON.stringify(list(10_000)));
  writeFileSync(join(workspace, 'messages-10001.json'), JSON.stringify(list(10_001)));
  writeFileSync(join(workspace, 'messages.yaml'), '- user_name: ada\n  message: "Hi: there"\n- {user_name: bob, message: yo}\n');
  writeFileSync(join(workspace, 'messages-bad-item.json'), '[{"user_name":"a","message":"b"},{"user_name":"a"}]');
  writeFileSync(join(workspace, 'messages-big.json'), `[${' '.repeat(16 * 1024 * 1024)}]`);
  symlinkSync('/etc/hostname', join(workspace, 'messages-link-out.json'));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const baseEnv = (): NodeJS.ProcessEnv => ({ GITHUB_WORKSPACE: workspace, AWS_REGION: 'eu-west-1' });
const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = baseEnv()) =>
  parseInputs((name) => inputs[name] ?? '', env);

describe('parseInputs: valid inputs', () => {
  it('fills every default from the operation alone', () => {
    const inputs = parse({ operation: 'demo' });
    expect(inputs).toEqual({
      operation: 'demo',
      stackName: DEFAULTS.stackName,
      stateMachineName: DEFAULTS.stateMachineName,
      templatePath: join(actionRoot(), 'setup.yaml'),
      includeSqs: true,
      messages: DEFAULTS.messages,
      timeoutSeconds: 300,
      region: 'eu-west-1',
      force: false,
    });
  });

  it('reads every input when given', () => {
    const inputs = parse({
      operation: 'deploy',
      'stack-name': 'My-Stack-2',
      'state-machine-name': 'pump_v2-test',
      template: 'my-template.yaml',
      'include-sqs': 'False',
      definition: 'pump.asl.json',
      messages: '[{"user_name":"ada","message":"Hello"}]',
      'timeout-seconds': '21600',
      region: 'ap-southeast-2',
      'endpoint-url': 'http://127.0.0.1:4566',
      force: 'TRUE',
      'role-arn': 'arn:aws:iam::123456789012:role/cfn/pump-deployer',
    });
    expect(inputs).toEqual({
      operation: 'deploy',
      stackName: 'My-Stack-2',
      stateMachineName: 'pump_v2-test',
      templatePath: join(workspace, 'my-template.yaml'),
      templateBody: MY_TEMPLATE,
      includeSqs: false,
      definitionPath: join(workspace, 'pump.asl.json'),
      messages: [{ user_name: 'ada', message: 'Hello' }],
      timeoutSeconds: 21600,
      region: 'ap-southeast-2',
      endpointUrl: 'http://127.0.0.1:4566',
      force: true,
      roleArn: 'arn:aws:iam::123456789012:role/cfn/pump-deployer',
    });
  });

  it('reads and keeps the bundled template for the operations that deploy', () => {
    const inputs = parse({ operation: 'lifecycle' });
    expect(inputs.templateBody).toBe(readFileSync(join(actionRoot(), 'setup.yaml'), 'utf8'));
    expect(parse({ operation: 'destroy' }).templateBody).toBeUndefined();
  });

  it('reads a JSON template', () => {
    expect(parse({ operation: 'deploy', template: 'template.json' }).templateBody).toContain('AWS::SQS::Queue');
  });

  it.each([
    ['us-east-1', 48],
    ['ap-southeast-2', 43],
    ['cn-north-1', 47],
  ])('with the bundled template, a stack name in %s has at most %i characters', (region, longest) => {
    const name = (length: number) => `s${'x'.repeat(length - 1)}`;
    expect(parse({ operation: 'deploy', 'stack-name': name(longest), region }).stackName).toHaveLength(longest);
    expect(() => parse({ operation: 'deploy', 'stack-name': name(longest + 1), region })).toThrow(
      new RegExp(`in ${region} a stack name has at most ${longest} characters`),
    );
  });

  it('allows a longer stack name with a template of its own, which names its resources its own way', () => {
    const stackName = `s${'x'.repeat(99)}`;
    expect(parse({ operation: 'deploy', 'stack-name': stackName, template: 'my-template.yaml' }).stackName).toBe(stackName);
  });

  it('accepts a service role in the region\'s partition', () => {
    const roleArn = 'arn:aws-cn:iam::123456789012:role/deployer';
    expect(parse({ operation: 'destroy', region: 'cn-northwest-1', 'role-arn': roleArn }).roleArn).toBe(roleArn);
  });

  it('reads messages written as YAML', () => {
    const messages = '- user_name: ada\n  message: "Hi: there"\n- {user_name: bob, message: yo}';
    expect(parse({ operation: 'demo', messages }).messages).toEqual([
      { user_name: 'ada', message: 'Hi: there' },
      { user_name: 'bob', message: 'yo' },
    ]);
  });

  it.each([
    ['region from AWS_REGION first', {}, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-north-1' }, 'us-west-2', undefined],
    ['region from AWS_DEFAULT_REGION', {}, { AWS_DEFAULT_REGION: 'eu-north-1' }, 'eu-north-1', undefined],
    ['the input wins over the environment', { region: 'us-gov-west-1' }, { AWS_REGION: 'us-west-2' }, 'us-gov-west-1', undefined],
    ['local endpoint defaults the region', { 'endpoint-url': 'local' }, {}, 'us-east-1', 'local'],
    ['endpoint from AWS_ENDPOINT_URL', {}, { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'https://localhost.localstack.cloud:4566' }, 'us-east-1', 'https://localhost.localstack.cloud:4566'],
  ])('%s', (_name, given: Record<string, string>, env: NodeJS.ProcessEnv, region, endpointUrl) => {
    const inputs = parse({ operation: 'destroy', ...given }, { GITHUB_WORKSPACE: workspace, ...env });
    expect(inputs.region).toBe(region);
    expect(inputs.endpointUrl).toBe(endpointUrl);
  });

  it('reads messages from a JSON or YAML file in the workspace', () => {
    expect(parse({ operation: 'demo', 'messages-file': 'messages.yaml' }).messages).toEqual([
      { user_name: 'ada', message: 'Hi: there' },
      { user_name: 'bob', message: 'yo' },
    ]);
    expect(parse({ operation: 'demo', 'messages-file': 'messages-2000.json', 'timeout-seconds': '600' }).messages[1999]).toEqual({ user_name: 'u4', message: 'm1999' });
  });

  it('takes up to 10000 messages from a file when the deadline allows the pump to hand them on', () => {
    // 2·(100−1)+1 = 199 pauses of 10 s on AWS.
    expect(parse({ operation: 'demo', 'messages-file': 'messages-10000.json', 'timeout-seconds': '1990' }).messages).toHaveLength(10_000);
    // On another endpoint (a local one may run scaled time) the pace is not known, so the count alone decides.
    expect(parse({ operation: 'demo', 'messages-file': 'messages-10000.json', 'endpoint-url': 'local' }).messages).toHaveLength(10_000);
    // Operations that send no messages do not care how long the demo would take.
    expect(() => parse({ operation: 'deploy', 'messages-file': 'messages-10000.json' })).not.toThrow();
  });

  it('accepts exactly 1000 messages', () => {
    const messages = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ user_name: `u${i}`, message: 'm' })));
    expect(parse({ operation: 'demo', messages }).messages).toHaveLength(1000);
  });
});

const thousandAndOne = JSON.stringify(Array.from({ length: 1001 }, () => ({ user_name: 'u', message: 'm' })));

describe('parseInputs: each bad input is one InputError naming the input and what is allowed', () => {
  const ops = 'deploy, demo, update, destroy, lifecycle';
  it.each<[string, Record<string, string>, NodeJS.ProcessEnv | undefined, string]>([
    ['missing operation', {}, undefined, `Input 'operation': required: one of ${ops}`],
    ['unknown operation', { operation: 'bogus' }, undefined, `Input 'operation': 'bogus' is not one of ${ops}`],
    ['operation in capitals', { operation: 'Deploy' }, undefined, `Input 'operation': 'Deploy' is not one of ${ops}`],
    ['stack name starting with a digit', { operation: 'demo', 'stack-name': '1stack' }, undefined,
      "Input 'stack-name': '1stack' is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128 characters)"],
    ['stack name with an underscore', { operation: 'demo', 'stack-name': 'my_stack' }, undefined,
      "Input 'stack-name': 'my_stack' is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128 characters)"],
    ['stack name of 129 characters', { operation: 'demo', 'stack-name': `a${'b'.repeat(128)}` }, undefined,
      `Input 'stack-name': 'a${'b'.repeat(128)}' is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128 characters)`],
    ['state machine name with a space', { operation: 'demo', 'state-machine-name': 'my pump' }, undefined,
      "Input 'state-machine-name': 'my pump' is not a valid state machine name (1 to 80 letters, digits, hyphens and underscores)"],
    ['state machine name of 81 characters', { operation: 'demo', 'state-machine-name': 'p'.repeat(81) }, undefined,
      `Input 'state-machine-name': '${'p'.repeat(81)}' is not a valid state machine name (1 to 80 letters, digits, hyphens and underscores)`],
    ['template that does not exist', { operation: 'deploy', template: 'nope.yaml' }, undefined, `Input 'template': file not found: WORKSPACE/nope.yaml (a CloudFormation template)`],
    ['template outside the workspace', { operation: 'deploy', template: '../../../../../../etc/passwd' }, undefined,
      "Input 'template': '../../../../../../etc/passwd' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['template of the process environment', { operation: 'deploy', template: '/proc/self/environ' }, undefined,
      "Input 'template': '/proc/self/environ' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['template linked to a file outside', { operation: 'lifecycle', template: 'link-out.yaml' }, undefined,
      "Input 'template': 'link-out.yaml' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['template outside the workspace, even for destroy', { operation: 'destroy', template: '/etc/passwd' }, undefined,
      "Input 'template': '/etc/passwd' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['template not JSON or YAML', { operation: 'deploy', template: 'not-yaml.yaml' }, undefined, "Input 'template': WORKSPACE/not-yaml.yaml is not a valid JSON or YAML template: "],
    ['template JSON not well-formed', { operation: 'deploy', template: 'my-template.yaml/../pump.asl.json' }, undefined,
      "Input 'template': WORKSPACE/pump.asl.json has no Resources map: a CloudFormation template declares at least one resource"],
    ['template without Resources', { operation: 'deploy', template: 'no-resources.yaml' }, undefined,
      "Input 'template': WORKSPACE/no-resources.yaml has no Resources map: a CloudFormation template declares at least one resource"],
    ['template with empty Resources', { operation: 'deploy', template: 'empty-resources.yaml' }, undefined,
      "Input 'template': WORKSPACE/empty-resources.yaml has no Resources map: a CloudFormation template declares at least one resource"],
    ['template that is a list', { operation: 'deploy', template: 'a-list.yaml' }, undefined,
      "Input 'template': WORKSPACE/a-list.yaml is not a CloudFormation template (a JSON or YAML mapping with a Resources section)"],
    ['template over 51,200 bytes', { operation: 'deploy', template: 'too-big.yaml' }, undefined,
      "Input 'template': WORKSPACE/too-big.yaml is 51249 bytes; CloudFormation takes at most 51200 bytes inline (TemplateBody)"],
    ['template that is an alias bomb', { operation: 'deploy', template: 'bomb.yaml' }, undefined, "Input 'template': WORKSPACE/bomb.yaml is not a valid JSON or YAML template: "],
    ['definition outside the workspace', { operation: 'update', definition: '/etc/passwd' }, undefined,
      "Input 'definition': '/etc/passwd' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['stack name whose role names exceed 64 characters', { operation: 'deploy', 'stack-name': `s${'x'.repeat(48)}` }, undefined,
      `Input 'stack-name': 's${'x'.repeat(48)}' is 49 characters; the stack's role names (s${'x'.repeat(48)}-eu-west-1-steps) and function name (s${'x'.repeat(48)}-scan-messages) must fit in 64 characters, so in eu-west-1 a stack name has at most 48 characters`],
    ['stack name that would take the default stack\'s table and queue', { operation: 'deploy', 'stack-name': 'doc-example-stepfunctions' }, undefined,
      "Input 'stack-name': 'doc-example-stepfunctions' would give its table and queue the names the default stack (doc-example-stepfunctions-messages-stack) uses; choose another name"],
    ['role-arn not a role ARN', { operation: 'deploy', 'role-arn': 'arn:aws:iam::123456789012:user/me' }, undefined,
      "Input 'role-arn': 'arn:aws:iam::123456789012:user/me' is not an IAM role ARN (arn:<partition>:iam::<account>:role/<name>)"],
    ['role-arn in another partition', { operation: 'deploy', 'role-arn': 'arn:aws:iam::123456789012:role/deployer', region: 'us-gov-west-1' }, undefined,
      "Input 'role-arn': 'arn:aws:iam::123456789012:role/deployer' is not in us-gov-west-1's partition (aws-us-gov): its ARN must start arn:aws-us-gov:iam::"],
    ['include-sqs not a boolean', { operation: 'update', 'include-sqs': 'yes' }, undefined, "Input 'include-sqs': 'yes' is not true or false"],
    ['definition that does not exist', { operation: 'update', definition: 'missing.json' }, undefined,
      "Input 'definition': file not found: WORKSPACE/missing.json (a JSON or YAML Amazon States Language file)"],
    ['definition that is a folder', { operation: 'update', definition: '.' }, undefined,
      "Input 'definition': file not found: WORKSPACE (a JSON or YAML Amazon States Language file)"],
    ['messages not parseable', { operation: 'demo', messages: '[{"user_name": ' }, undefined, "Input 'messages': not valid JSON or YAML: "],
    ['messages not a list', { operation: 'demo', messages: '{"user_name":"a","message":"b"}' }, undefined, "Input 'messages': must be a list of {user_name, message}"],
    ['messages an empty list', { operation: 'demo', messages: '[]' }, undefined, "Input 'messages': must be a list of {user_name, message} with at least one item"],
    ['messages with a string item', { operation: 'demo', messages: '["hello"]' }, undefined, "Input 'messages': item 1 must be an object {user_name, message}"],
    ['messages with an extra key', { operation: 'demo', messages: '[{"user_name":"a","message":"b","sent":true}]' }, undefined,
      "Input 'messages': item 1 has unknown key 'sent' (allowed: user_name, message)"],
    ['messages with an empty user_name', { operation: 'demo', messages: '[{"user_name":"a","message":"b"},{"user_name":" ","message":"c"}]' }, undefined,
      "Input 'messages': item 2: 'user_name' must be a non-empty string"],
    ['messages with a missing message', { operation: 'demo', messages: '[{"user_name":"a"}]' }, undefined, "Input 'messages': item 1: 'message' must be a non-empty string"],
    ['messages with a number for message', { operation: 'demo', messages: '[{"user_name":"a","message":42}]' }, undefined, "Input 'messages': item 1: 'message' must be a non-empty string"],
    ['1001 messages', { operation: 'demo', messages: thousandAndOne }, undefined,
      "Input 'messages': at most 1000 messages are allowed, got 1001; give a longer list (up to 10000) in a file with 'messages-file'"],
    ['both messages and messages-file', { operation: 'demo', messages: '[{"user_name":"a","message":"b"}]', 'messages-file': 'messages.yaml' }, undefined,
      "Input 'messages-file': give either 'messages' or 'messages-file', not both"],
    ['messages-file that does not exist', { operation: 'demo', 'messages-file': 'nope.json' }, undefined,
      "Input 'messages-file': file not found: WORKSPACE/nope.json (a JSON or YAML list of {user_name, message})"],
    ['messages-file outside the workspace', { operation: 'demo', 'messages-file': '/proc/self/environ' }, undefined,
      "Input 'messages-file': '/proc/self/environ' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['messages-file linked to a file outside', { operation: 'demo', 'messages-file': 'messages-link-out.json' }, undefined,
      "Input 'messages-file': 'messages-link-out.json' is outside the workspace (WORKSPACE); give a path to a file inside it"],
    ['messages-file with a bad item', { operation: 'demo', 'messages-file': 'messages-bad-item.json' }, undefined,
      "Input 'messages-file': WORKSPACE/messages-bad-item.json: item 2: 'message' must be a non-empty string"],
    ['messages-file not a list', { operation: 'demo', 'messages-file': 'pump.asl.json' }, undefined,
      "Input 'messages-file': WORKSPACE/pump.asl.json: must be a list of {user_name, message}"],
    ['messages-file of 10001 messages', { operation: 'demo', 'messages-file': 'messages-10001.json', 'endpoint-url': 'local' }, undefined,
      "Input 'messages-file': WORKSPACE/messages-10001.json: at most 10000 messages are allowed, got 10001"],
    ['messages-file over 16 MiB', { operation: 'demo', 'messages-file': 'messages-big.json' }, undefined,
      `Input 'messages-file': WORKSPACE/messages-big.json is ${16 * 1024 * 1024 + 2} bytes; a messages file may hold at most ${16 * 1024 * 1024} bytes`],
    ['messages-file the pump cannot finish before the deadline on AWS', { operation: 'demo', 'messages-file': 'messages-2000.json' }, undefined,
      "Input 'messages-file': 2000 messages take the pump at least 390 s on AWS (100 a pass, 10 s between passes), longer than timeout-seconds (300); raise timeout-seconds or give fewer messages"],
    ['timeout zero', { operation: 'demo', 'timeout-seconds': '0' }, undefined, "Input 'timeout-seconds': '0' is not a whole number of seconds from 1 to 21600"],
    ['timeout too long', { operation: 'demo', 'timeout-seconds': '21601' }, undefined, "Input 'timeout-seconds': '21601' is not a whole number of seconds from 1 to 21600"],
    ['timeout with a fraction', { operation: 'demo', 'timeout-seconds': '1.5' }, undefined, "Input 'timeout-seconds': '1.5' is not a whole number of seconds from 1 to 21600"],
    ['timeout with a unit', { operation: 'demo', 'timeout-seconds': '5m' }, undefined, "Input 'timeout-seconds': '5m' is not a whole number of seconds from 1 to 21600"],
    ['no region anywhere', { operation: 'demo' }, { GITHUB_WORKSPACE: 'WORKSPACE' },
      "Input 'region': required: set the input, or AWS_REGION / AWS_DEFAULT_REGION (e.g. with aws-actions/configure-aws-credentials)"],
    ['region not a region', { operation: 'demo', region: 'US East' }, undefined, "Input 'region': 'US East' does not look like an AWS region (e.g. us-east-1)"],
    ['AWS_REGION not a region', { operation: 'demo' }, { GITHUB_WORKSPACE: 'WORKSPACE', AWS_REGION: 'virginia' }, "Input 'region': 'virginia' (from AWS_REGION) does not look like an AWS region (e.g. us-east-1)"],
    ['endpoint neither local nor a URL', { operation: 'demo', 'endpoint-url': 'localhost:4566' }, undefined, "Input 'endpoint-url': 'localhost:4566' is neither 'local' nor an http(s) URL"],
    ['endpoint with another scheme', { operation: 'demo', 'endpoint-url': 'ftp://example.com' }, undefined, "Input 'endpoint-url': 'ftp://example.com' is neither 'local' nor an http(s) URL"],
    ['AWS_ENDPOINT_URL not a URL', { operation: 'demo' }, { GITHUB_WORKSPACE: 'WORKSPACE', AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'nonsense' }, "Input 'endpoint-url': 'nonsense' (from AWS_ENDPOINT_URL) is neither 'local' nor an http(s) URL"],
    ['force not a boolean', { operation: 'destroy', force: '1' }, undefined, "Input 'force': '1' is not true or false"],
  ])('%s', (_name, inputs, env, expected) => {
    const environment = env ? { ...env, GITHUB_WORKSPACE: workspace } : baseEnv();
    let thrown: unknown;
    try {
      parse(inputs, environment);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const message = (thrown as Error).message.split(workspace).join('WORKSPACE');
    if (expected.endsWith(': ')) expect(message.startsWith(expected)).toBe(true);
    else expect(message).toBe(expected);
    expect((thrown as InputError).input).toBe(expected.match(/^Input '([^']+)'/)?.[1]);
  });

  it('checks the template only for operations that deploy', () => {
    expect(() => parse({ operation: 'demo', template: 'nope.yaml' })).not.toThrow();
    expect(() => parse({ operation: 'lifecycle', template: 'nope.yaml' })).toThrow("Input 'template': file not found");
  });
});

describe("the probe's bad inputs that got through: each one InputError naming the input and what is allowed, before any AWS call", () => {
  const definitionLimit = 1_048_576;
  beforeAll(() => {
    writeFileSync(join(workspace, 'three-mb.asl.json'), `{"Comment":"${'x'.repeat(3 * 1024 * 1024)}"}`);
    writeFileSync(join(workspace, 'just-over.asl.json'), `{"Comment":"${'x'.repeat(definitionLimit - 13)}"}`);
    writeFileSync(join(workspace, 'at-limit.asl.json'), `{"Comment":"${'x'.repeat(definitionLimit - 14)}"}`);
    // 2 MB of bytes but fewer characters than the limit: two-byte characters.
    writeFileSync(join(workspace, 'multibyte.asl.json'), `{"Comment":"${'é'.repeat(definitionLimit - 14)}"}`);
    writeFileSync(join(workspace, 'nul-messages.json'), '[{"user_name":"ada","message":"ok"},{"user_name":"bob","message":"a\\u0000b"}]');
  });
  const messages = (items: { user_name: string; message: string }[]): string => JSON.stringify(items);
  const one = (user_name: string, message: string): string => messages([{ user_name: 'ok', message: 'fine' }, { user_name, message }]);
  const sqsChars = 'SQS accepts only tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and U+10000 to U+10FFFF';

  it.each<[string, Record<string, string>, string]>([
    ['a user_name of 5,000 characters', { messages: one('u'.repeat(5000), 'hi') },
      "Input 'messages': item 2: 'user_name' is 5000 bytes in UTF-8; it is the table's partition key, and DynamoDB takes at most 2048 bytes for one"],
    ['a user_name of 700 characters but 2,100 bytes', { messages: one('€'.repeat(700), 'hi') },
      "Input 'messages': item 2: 'user_name' is 2100 bytes in UTF-8; it is the table's partition key, and DynamoDB takes at most 2048 bytes for one"],
    ['NUL in a message', { messages: '[{"user_name":"ada","message":"a\\u0000b"}]' }, `Input 'messages': item 1: 'message' has U+0000 (NUL) at character 2; ${sqsChars}`],
    ['a lone high surrogate in a message', { messages: '[{"user_name":"ada","message":"ab\\ud800"}]' },
      `Input 'messages': item 1: 'message' has U+D800 (a lone surrogate) at character 3; ${sqsChars}`],
    ['a lone low surrogate in a user_name', { messages: '[{"user_name":"\\udc00ada","message":"hi"}]' },
      `Input 'messages': item 1: 'user_name' has U+DC00 (a lone surrogate) at character 1; ${sqsChars}`],
    ['a backspace in a message', { messages: '[{"user_name":"ada","message":"x\\by"}]' }, `Input 'messages': item 1: 'message' has U+0008 at character 2; ${sqsChars}`],
    ['U+FFFE in a message', { messages: '[{"user_name":"ada","message":"\\ufffe"}]' }, `Input 'messages': item 1: 'message' has U+FFFE at character 1; ${sqsChars}`],
    ['an escape character in a user_name', { messages: '[{"user_name":"a\\u001bb","message":"hi"}]' }, `Input 'messages': item 1: 'user_name' has U+001B at character 2; ${sqsChars}`],
    ['a message of 300 KiB', { messages: one('ada', 'm'.repeat(300 * 1024)) },
      `Input 'messages': item 2: the message the pump sends (body, user and message_id attributes) would be ${300 * 1024 + 29 + 64} bytes; SQS takes at most 262144 bytes (256 KiB)`],
    ['a message of 210 KiB, too big for a state', { messages: one('ada', 'm'.repeat(210 * 1024)) },
      `Input 'messages': item 2: the message takes ${210 * 1024 + 128} bytes as the scan function hands it to the state machine; at most 204800 bytes fit (the function keeps each batch well under Step Functions' 256 KiB state payload and never sends a larger message)`],
    ['a message of 120 KiB of quotes, twice that as JSON', { messages: one('ada', '"'.repeat(120 * 1024)) },
      `Input 'messages': item 2: the message takes ${240 * 1024 + 128} bytes as the scan function hands it to the state machine; at most 204800 bytes fit (the function keeps each batch well under Step Functions' 256 KiB state payload and never sends a larger message)`],
    ['NUL in a message of a messages file', { 'messages-file': 'nul-messages.json' },
      `Input 'messages-file': item 2: 'message' has U+0000 (NUL) at character 2; ${sqsChars}`],
    ['a 3 MB definition', { definition: 'three-mb.asl.json' },
      `Input 'definition': WORKSPACE/three-mb.asl.json is ${3 * 1024 * 1024 + 14} bytes; Step Functions takes a definition of at most 1048576 characters (1 MB)`],
    ['a definition one character over 1 MB', { definition: 'just-over.asl.json' },
      "Input 'definition': WORKSPACE/just-over.asl.json is 1048577 bytes; Step Functions takes a definition of at most 1048576 characters (1 MB)"],
  ])('%s', (_name, inputs, expected) => {
    let thrown: unknown;
    try {
      parse({ operation: inputs.definition ? 'update' : 'demo', ...inputs });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message.split(workspace).join('WORKSPACE')).toBe(expected);
  });

  it('takes what AWS takes: a 2,048-byte user_name, emoji (surrogate pairs), tabs and new lines, the largest message a state carries', () => {
    const largest = 204_800 - 3 - Buffer.byteLength(JSON.stringify({ user_name: 'ada', message: '', message_id: 'x'.repeat(64), sent: false }));
    const given = [
      { user_name: 'u'.repeat(2048), message: 'hi' },
      { user_name: 'ada 🙂', message: 'line\tone\r\nline two \u{10FFFF} \uE000 \uFFFD' },
      { user_name: 'ada', message: 'm'.repeat(largest) },
    ];
    expect(parse({ operation: 'demo', messages: messages(given) }).messages).toEqual(given);
    expect(() => parse({ operation: 'demo', messages: messages([{ user_name: 'ada', message: 'm'.repeat(largest + 1) }]) })).toThrow(InputError);
  });

  it('takes a definition of exactly 1 MB, and one of more bytes but not more characters', () => {
    expect(parse({ operation: 'update', definition: 'at-limit.asl.json' }).definitionPath).toBe(join(realpathSync(workspace), 'at-limit.asl.json'));
    expect(parse({ operation: 'update', definition: 'multibyte.asl.json' }).definitionPath).toBe(join(realpathSync(workspace), 'multibyte.asl.json'));
  });
});

describe('action.yml', () => {
  it('declares exactly the inputs parseInputs reads, with the same defaults', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse: parseYaml } = await import('yaml');
    const action = parseYaml(readFileSync(join(actionRoot(), 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string; required?: boolean }>;
    };
    const read = new Set<string>();
    parseInputs((name) => (read.add(name), name === 'operation' ? 'demo' : ''), baseEnv());
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    expect(action.inputs.operation.required).toBe(true);
    // Declared defaults reach the action as inputs: parsing them gives what parsing nothing gives.
    const declared = (name: string): string => (name === 'operation' ? 'demo' : (action.inputs[name].default ?? ''));
    expect(parseInputs(declared, baseEnv())).toEqual(parse({ operation: 'demo' }));
  });
});
