// Which Step Functions answers mean "not yet": the role propagation answer in both of AWS's phrasings, and
// nothing else under AccessDeniedException; the retry gives up on a final error at once.
import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core';
import { createTestContext } from '../../__fixtures__/context';
import { sfnError } from '../../__fixtures__/fake-sfn';

jest.unstable_mockModule('@actions/core', () => core);
const { conflict, isRoleNotAssumableYet, retrying, RoleNotAssumableError } = await import('../../src/aws/sfn-retry');

describe('isRoleNotAssumableYet', () => {
  it("recognises both of AWS's phrasings of a role Step Functions cannot assume yet", () => {
    expect(isRoleNotAssumableYet(sfnError('AccessDeniedException', 'Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.'))).toBe(true);
    expect(isRoleNotAssumableYet(sfnError('AccessDeniedException', 'The principal states.amazonaws.com is not authorized to assume the provided role.'))).toBe(true);
  });

  it('leaves other access denials and a malformed ARN alone', () => {
    expect(isRoleNotAssumableYet(sfnError('AccessDeniedException', 'User: arn:aws:sts::1:assumed-role/x is not authorized to perform: states:CreateStateMachine'))).toBe(false);
    expect(isRoleNotAssumableYet(sfnError('InvalidArn', 'Invalid Arn: authorized to assume the provided role'))).toBe(false);
    expect(isRoleNotAssumableYet(new Error('authorized to assume the provided role'))).toBe(false);
  });
});

describe('retrying', () => {
  const limits = () => {
    const ctx = createTestContext();
    return { deadline: ctx.deadline, sleep: ctx.sleep, now: ctx.now };
  };

  it('retries what the classifier names and returns the first success', async () => {
    let calls = 0;
    const value = await retrying(
      async () => {
        calls += 1;
        if (calls < 3) throw sfnError('ConflictException', 'concurrent', 409);
        return 'ok';
      },
      { ...limits(), what: 'UpdateStateMachine pump', classify: conflict },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('throws any other error at once, and the role answer when no role is given', async () => {
    let calls = 0;
    const fail = (error: Error) => () => {
      calls += 1;
      return Promise.reject(error);
    };
    await expect(retrying(fail(sfnError('ValidationException', 'bad')), { ...limits(), what: 'x', classify: conflict })).rejects.toThrow('bad');
    await expect(retrying(fail(sfnError('AccessDeniedException', 'not authorized to assume the provided role')), { ...limits(), what: 'x' })).rejects.not.toBeInstanceOf(
      RoleNotAssumableError,
    );
    expect(calls).toBe(2);
  });
});
