import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDefinitionFile, loadDefinition } from '../../src/definition/load';
import { InputError } from '../../src/inputs';

const outputs = {
  MessageTableName: 'messages',
  SendQueueUrl: 'https://sqs.us-east-1.amazonaws.com/000000000000/queue',
  ScanFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:scan',
  StepRoleArn: 'arn:aws:iam::000000000000:role/step',
};

const template = {
  StartAt: 'Scan',
  States: {
    Scan: { Type: 'Task', Resource: '${ScanFunctionArn}', ResultPath: '$.List', Next: 'Send' },
    Send: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage',
      Parameters: { QueueUrl: '${SendQueueUrl}', 'MessageBody.$': '$.message', Note: 'table ${MessageTableName}!' },
      End: true,
    },
  },
};

let dir: string;
const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
};
const file = async (name: string, text: string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'definition-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadDefinition', () => {
  it('fills the placeholders of a JSON file from the stack outputs, inside longer strings too', async () => {
    const loaded = loadDefinition(await file('pump.json', JSON.stringify(template)), outputs) as typeof template;
    expect(loaded.States.Scan.Resource).toBe(outputs.ScanFunctionArn);
    expect(loaded.States.Send.Parameters.QueueUrl).toBe(outputs.SendQueueUrl);
    expect(loaded.States.Send.Parameters.Note).toBe('table messages!');
  });

  it('reads YAML', async () => {
    const yaml = ['StartAt: Scan', 'States:', '  Scan:', '    Type: Task', '    Resource: ${ScanFunctionArn}', '    End: true', ''].join('\n');
    const loaded = loadDefinition(await file('pump.yaml', yaml), outputs) as { States: { Scan: { Resource: string } } };
    expect(loaded.States.Scan.Resource).toBe(outputs.ScanFunctionArn);
  });

  it('names an unknown placeholder and the known output keys', async () => {
    const path = await file('unknown.json', JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Task', Resource: '${NoSuchOutput}', End: true } } }));
    const error = catchError(() => loadDefinition(path, outputs));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      "Input 'definition': unknown placeholder ${NoSuchOutput}; the stack outputs are MessageTableName, SendQueueUrl, ScanFunctionArn, StepRoleArn",
    );
  });
});

describe('checkDefinitionFile', () => {
  it('accepts a valid file with placeholders', async () => {
    const path = await file('ok.json', JSON.stringify(template));
    expect(() => checkDefinitionFile(path)).not.toThrow();
  });

  it.each([
    ['a missing file', 'missing.json', undefined, /^Input 'definition': cannot read/],
    ['unparseable JSON', 'bad.json', '{"StartAt": ', /is neither valid JSON nor YAML/],
    ['a list instead of an object', 'list.yaml', '- a\n- b\n', /must hold an ASL object/],
    ['invalid ASL', 'invalid.json', JSON.stringify({ StartAt: 'Z', States: { A: { Type: 'Pass', End: true } } }), /is not a valid state machine definition: .*Z/],
  ])('refuses %s with an InputError naming the input', async (_what, name, text, message) => {
    const path = text === undefined ? join(dir, name) : await file(name, text);
    const error = catchError(() => checkDefinitionFile(path));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('definition');
    expect((error as Error).message).toMatch(message);
  });
});
