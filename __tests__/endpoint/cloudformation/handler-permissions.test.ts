import { describe, expect, it } from '@jest/globals';
import { checkedPermissions, handlerPermissions, typesWithPermissions } from '../../../src/endpoint/services/cloudformation/handler-permissions';
import { provisioners } from '../../../src/endpoint/services/cloudformation/resources';

describe('handler permissions', () => {
  it('has every handler of every type the endpoint provisions', () => {
    expect(typesWithPermissions().sort()).toEqual([...provisioners.keys()].sort());
    for (const type of typesWithPermissions()) {
      for (const op of ['create', 'read', 'update', 'delete', 'list'] as const) expect(handlerPermissions(type, op).length).toBeGreaterThan(0);
    }
  });

  it('checks the own-service permissions and iam:PassRole, not those of features the endpoint lacks', () => {
    const lambdaCreate = checkedPermissions('AWS::Lambda::Function', 'create');
    expect(lambdaCreate).toEqual(expect.arrayContaining(['lambda:CreateFunction', 'iam:PassRole']));
    expect(lambdaCreate.some((p) => p.startsWith('kms:') || p.startsWith('ec2:') || p.startsWith('s3:'))).toBe(false);
    expect(checkedPermissions('AWS::SQS::Queue', 'create')).toContain('sqs:GetQueueUrl');
    expect(checkedPermissions('AWS::IAM::Role', 'delete')).toContain('iam:ListRolePolicies');
    expect(checkedPermissions('AWS::Unknown::Thing', 'create')).toEqual([]);
  });
});
