import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { SFNClient, SFNServiceException, ValidateStateMachineDefinitionCommand } from '@aws-sdk/client-sfn';
import { buildDefinition } from '../../src/definition/build';
import { diffStates, InvalidDefinitionError, stateNames, validateDefinition, validateOffline, validateWithService } from '../../src/definition/validate';

const outputs = {
  MessageTableName: 'messages',
  SendQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/queue',
  ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
};
const sfnMock = mockClient(SFNClient);
const sfn = (): SFNClient => new SFNClient({ region: 'us-east-1' });

beforeEach(() => {
  sfnMock.reset();
});

describe('validateOffline', () => {
  it('passes the pump with and without SQS (its endless loop is accepted) and leaves its input untouched', () => {
    for (const includeSqs of [false, true]) {
      const definition = buildDefinition(outputs, includeSqs);
      const before = JSON.stringify(definition);
      expect(validateOffline(definition)).toEqual([]);
      expect(JSON.stringify(definition)).toBe(before);
    }
  });

  it("reports the validator's message for a broken definition", () => {
    const broken = { StartAt: 'Nowhere', States: { A: { Type: 'Pass', End: true } } };
    const problems = validateOffline(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/Nowhere/);
  });

  it('still reports a Map iterator with no terminal state', () => {
    const definition = buildDefinition(outputs, false) as { States: Record<string, { Iterator?: { States: Record<string, Record<string, unknown>> } }> };
    const recordSent = definition.States['Send Messages'].Iterator!.States['Record Sent'];
    delete recordSent.End;
    recordSent.Next = 'Record Sent';
    expect(validateOffline(definition)).toContainEqual(expect.stringMatching(/^MISSING_TERMINAL_STATE: .*fsm2/));
  });
});

describe('validateWithService', () => {
  it('returns the service diagnostics as errors and warnings', async () => {
    sfnMock.on(ValidateStateMachineDefinitionCommand).resolves({
      result: 'FAIL',
      diagnostics: [
        { severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'bad field', location: '/States/A' },
        { severity: 'WARNING', code: 'W', message: 'meh' },
      ],
    });
    await expect(validateWithService(sfn(), { StartAt: 'A' })).resolves.toEqual({
      skipped: false,
      errors: ['SCHEMA_VALIDATION_FAILED: bad field (at /States/A)'],
      warnings: ['W: meh'],
    });
    expect(sfnMock).toHaveReceivedCommandWith(ValidateStateMachineDefinitionCommand, { definition: '{"StartAt":"A"}', type: 'STANDARD' });
  });

  it('skips when the endpoint does not implement the operation', async () => {
    sfnMock
      .on(ValidateStateMachineDefinitionCommand)
      .rejects(new SFNServiceException({ name: 'UnknownOperationException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'not implemented' }));
    await expect(validateWithService(sfn(), { StartAt: 'A' })).resolves.toEqual({ skipped: true, errors: [], warnings: [] });
  });

  it('passes other errors on', async () => {
    sfnMock
      .on(ValidateStateMachineDefinitionCommand)
      .rejects(new SFNServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'denied' }));
    await expect(validateWithService(sfn(), { StartAt: 'A' })).rejects.toThrow('denied');
  });
});

describe('validateDefinition', () => {
  it('refuses an invalid definition offline without calling the service', async () => {
    const error = await validateDefinition({ StartAt: 'X', States: {} }, sfn()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDefinitionError);
    expect(sfnMock).toHaveReceivedCommandTimes(ValidateStateMachineDefinitionCommand, 0);
  });

  it('refuses what the service refuses', async () => {
    sfnMock.on(ValidateStateMachineDefinitionCommand).resolves({ result: 'FAIL', diagnostics: [{ severity: 'ERROR', code: 'C', message: 'no' }] });
    await expect(validateDefinition(buildDefinition(outputs, true), sfn())).rejects.toThrow('(ValidateStateMachineDefinition): C: no');
  });
});

describe('diffStates', () => {
  it('lists nested states and reports the added SQS state', () => {
    const without = buildDefinition(outputs, false);
    const withSqs = buildDefinition(outputs, true);
    expect(stateNames(withSqs)).toEqual(['Scan DynamoDB For Messages', 'Send Messages', 'Send', 'Record Sent', 'Pause Then Loop']);
    expect(diffStates(without, withSqs)).toEqual({ added: ['Send'], removed: [] });
    expect(diffStates(withSqs, without)).toEqual({ added: [], removed: ['Send'] });
  });

  it('looks into Parallel branches and ItemProcessor', () => {
    const parallel = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } }], Next: 'M' },
        M: { Type: 'Map', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
      },
    };
    expect(stateNames(parallel)).toEqual(['P', 'B1', 'M', 'I']);
  });
});
