// Step Functions ARNs: arn:aws:states:REGION:ACCOUNT:stateMachine:NAME and …:execution:MACHINE:RUN.
import { AwsError } from '../../types';

export function stateMachineArn(region: string, accountId: string, name: string): string {
  return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}

export function executionArn(machineArn: string, name: string): string {
  const parts = machineArn.split(':');
  return [...parts.slice(0, 5), 'execution', parts[6], name].join(':');
}

/** Checks the shape of an ARN argument; InvalidArn as AWS answers for a malformed one. */
export function requireArn(value: unknown, kind: 'stateMachine' | 'execution', member: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new AwsError('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }
  const parts = value.split(':');
  const expected = kind === 'stateMachine' ? 7 : 8;
  if (parts.length !== expected || parts[0] !== 'arn' || parts[2] !== 'states' || parts[5] !== kind) {
    throw new AwsError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${parts[5] ?? value}'`);
  }
  return value;
}

/** The machine a run belongs to, from the run's ARN. */
export function machineArnOfExecution(arn: string): string {
  const parts = arn.split(':');
  return [...parts.slice(0, 5), 'stateMachine', parts[6]].join(':');
}

// Names: 1-80 characters, none of whitespace, brackets, wildcards, punctuation AWS reserves, or control characters.
const FORBIDDEN_NAME_CHARACTERS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;
const isControlCharacter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
};

export function checkName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 80 || FORBIDDEN_NAME_CHARACTERS.test(name) || [...name].some(isControlCharacter)) {
    throw new AwsError('InvalidName', `Invalid Name: '${String(name)}'`);
  }
  return name;
}
