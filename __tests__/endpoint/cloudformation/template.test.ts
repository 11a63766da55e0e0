// Template parsing (YAML short-form tags, JSON), intrinsic functions and dependency order.
import { describe, expect, it } from '@jest/globals';
import { parseTemplateText } from '../../../src/endpoint/services/cloudformation/template';
import { evaluateConditions, resolve, type ResolveContext } from '../../../src/endpoint/services/cloudformation/intrinsics';
import { creationOrder } from '../../../src/endpoint/services/cloudformation/graph';

const YAML_TEMPLATE = `
Parameters:
  Env:
    Type: String
    Default: dev
  Zones:
    Type: CommaDelimitedList
    Default: a,b,c
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '\${AWS::StackName}-\${Env}-queue'
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policy: !GetAtt Queue.Arn
      Listed: !GetAtt [Queue, QueueName]
      Joined: !Join [':', [!Ref Queue, !Ref 'AWS::Region', literal]]
      Picked: !Select [1, !Ref Zones]
      Split: !Select [2, !Split [',', 'x,y,z']]
      Zone: !Select [0, !GetAZs '']
      Listed2: !Sub
        - 'arn:\${Partition}:\${Name}/\${Queue.Arn}/\${!Literal}'
        - Partition: !Ref AWS::Partition
          Name: !Ref Queue
      Maybe: !If [IsProd, big, !Ref AWS::NoValue]
      Items: [one, !Ref AWS::NoValue, two]
  Fn:
    Type: AWS::Lambda::Function
    DependsOn: Role
    Properties:
      Name: !Base64 hi
`;

function context(): ResolveContext {
  const base = {
    stackName: 'demo',
    stackId: 'arn:aws:cloudformation:us-east-1:000000000000:stack/demo/1',
    region: 'eu-west-1',
    accountId: '000000000000',
    parameters: { Env: 'dev', Zones: ['a', 'b', 'c'] },
    mappings: {},
    ref: (id: string) => `physical-${id}`,
    getAtt: (id: string, attribute: string) => `${id}:${attribute}`,
  };
  const template = parseTemplateText(YAML_TEMPLATE);
  return { ...base, conditions: evaluateConditions(template.Conditions ?? {}, base) };
}

describe('parseTemplateText', () => {
  it('turns YAML short-form tags into their long form', () => {
    const template = parseTemplateText(YAML_TEMPLATE);
    const props = template.Resources.Role.Properties ?? {};
    expect(props.Policy).toEqual({ 'Fn::GetAtt': ['Queue', 'Arn'] });
    expect(props.Listed).toEqual({ 'Fn::GetAtt': ['Queue', 'QueueName'] });
    expect(props.Joined).toEqual({ 'Fn::Join': [':', [{ Ref: 'Queue' }, { Ref: 'AWS::Region' }, 'literal']] });
    expect(template.Resources.Queue.Properties?.QueueName).toEqual({ 'Fn::Sub': '${AWS::StackName}-${Env}-queue' });
    expect(template.Conditions?.IsProd).toEqual({ 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] });
  });

  it('reads JSON templates', () => {
    const template = parseTemplateText(JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: { Ref: 'AWS::StackName' } } } } }));
    expect(template.Resources.Q.Properties?.QueueName).toEqual({ Ref: 'AWS::StackName' });
  });

  it.each([
    ['', /empty/],
    ['Resources: {}', /At least one Resources member/],
    ['Resources:\n  Q:\n    Properties: {}', /must contain a Type member/],
    ['Foo: 1\nResources:\n  Q:\n    Type: AWS::SQS::Queue', /Invalid template property or properties \[Foo\]/],
    ['Resources: [unclosed', /YAML not well-formed/],
    ['{"Resources": ', /JSON not well-formed/],
  ])('rejects %j as CloudFormation does', (text, message) => {
    expect(() => parseTemplateText(text)).toThrow(message);
  });
});

describe('resolve', () => {
  it('evaluates Ref, GetAtt, Sub (both forms), Join, Select, Split, GetAZs, If and NoValue', () => {
    const template = parseTemplateText(YAML_TEMPLATE);
    const ctx = context();
    expect(resolve(template.Resources.Queue.Properties ?? {}, ctx)).toEqual({ QueueName: 'demo-dev-queue' });
    expect(resolve(template.Resources.Role.Properties ?? {}, ctx)).toEqual({
      Policy: 'Queue:Arn',
      Listed: 'Queue:QueueName',
      Joined: 'physical-Queue:eu-west-1:literal',
      Picked: 'b',
      Split: 'z',
      Zone: 'eu-west-1a',
      Listed2: 'arn:aws:physical-Queue/Queue:Arn/${Literal}',
      Items: ['one', 'two'],
    });
    expect(resolve(template.Resources.Fn.Properties ?? {}, ctx)).toEqual({ Name: Buffer.from('hi').toString('base64') });
  });

  it('resolves the pseudo parameters', () => {
    const ctx = context();
    const names = ['AWS::StackName', 'AWS::StackId', 'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::URLSuffix'];
    expect(names.map((name) => resolve({ Ref: name }, ctx))).toEqual(['demo', ctx.stackId, 'eu-west-1', '000000000000', 'aws', 'amazonaws.com']);
  });

  it('rejects an out-of-range Fn::Select', () => {
    expect(() => resolve({ 'Fn::Select': [5, ['a']] }, context())).toThrow(/Fn::Select/);
  });
});

describe('creationOrder', () => {
  it('puts every resource after what it refers to (Ref, GetAtt, Sub, DependsOn)', () => {
    const template = parseTemplateText(`
Resources:
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt Role.Arn
      DefinitionString: !Sub '{"x": "\${Fn}"}'
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      Table: !Ref Table
  Role:
    Type: AWS::IAM::Role
    DependsOn: [Queue]
    Properties: {}
  Table:
    Type: AWS::DynamoDB::Table
  Queue:
    Type: AWS::SQS::Queue
`);
    const order = creationOrder(template);
    const before = (a: string, b: string): boolean => order.indexOf(a) < order.indexOf(b);
    expect(order).toHaveLength(5);
    expect(before('Role', 'Machine') && before('Fn', 'Machine') && before('Role', 'Fn') && before('Table', 'Fn') && before('Queue', 'Role')).toBe(true);
  });

  it('reports a circular dependency', () => {
    const template = parseTemplateText(`
Resources:
  A:
    Type: AWS::SQS::Queue
    Properties: { X: !Ref B }
  B:
    Type: AWS::SQS::Queue
    Properties: { X: !GetAtt A.Arn }
`);
    expect(() => creationOrder(template)).toThrow(/Circular dependency between resources: \[A, B\]/);
  });

  it('reports references to nothing', () => {
    const template = parseTemplateText('Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: { X: !Ref Nowhere }\n');
    expect(() => creationOrder(template)).toThrow(/Unresolved resource dependencies \[Nowhere\]/);
  });
});
