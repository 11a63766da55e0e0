// Step Functions ARNs: arn:aws:states:REGION:ACCOUNT:stateMachine:NAME, a version of it
// (…:stateMachine:NAME:N) and …:execution:MACHINE:RUN.
import { AwsError } from '../../types';

export function stateMachineArn(region: string, accountId: string, name: string): string {
  return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}

/** A version's ARN: the machine's ARN, a colon, the version number ("Versions" in the developer guide). */
export function versionArn(machineArn: string, version: number): string {
  return `${machineArn}:${version}`;
}

/** A state machine ARN as given: the machine it names and, for a qualified ARN, the qualifier after it. */
export interface MachineRef {
  /** The unqualified ARN, the exact text given when it was unqualified. */
  machineArn: string;
  /** The whole ARN as given. */
  arn: string;
  /** The version number of a version ARN. */
  version?: number;
  /** Any other qualifier (an alias name, which the local endpoint does not have). */
  alias?: string;
}

/** Parses a state machine ARN that may be qualified with a version (or an alias); InvalidArn for other shapes. */
export function parseMachineArn(value: unknown, member: string): MachineRef {
  if (typeof value !== 'string' || value.length === 0) {
    throw new AwsError('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }
  const parts = value.split(':');
  if ((parts.length !== 7 && parts.length !== 8) || parts[0] !== 'arn' || parts[2] !== 'states' || parts[5] !== 'stateMachine' || parts[6] === '' || parts[7] === '') {
    throw new AwsError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${parts[5] ?? value}'`);
  }
  if (parts.length === 7) return { machineArn: value, arn: value };
  const machineArn = parts.slice(0, 7).join(':');
  const qualifier = parts[7];
  return /^[1-9]\d*$/.test(qualifier) ? { machineArn, arn: value, version: Number(qualifier) } : { machineArn, arn: value, alias: qualifier };
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

// Names (CreateStateMachine, StartExecution): 1-80 characters, none of whitespace, brackets, wildcards,
// punctuation AWS reserves, or control characters. The length is a constraint of the API model, so AWS
// answers it with its generic ValidationException; a forbidden character gets InvalidName.
const FORBIDDEN_NAME_CHARACTERS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;
const isControlCharacter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
};

export const MAX_NAME_LENGTH = 80;

export function checkName(name: unknown, member = 'name'): string {
  if (typeof name !== 'string') {
    throw new AwsError('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }
  const length = [...name].length;
  if (length === 0) {
    throw new AwsError('ValidationException', `1 validation error detected: Value '${name}' at '${member}' failed to satisfy constraint: Member must have length greater than or equal to 1`);
  }
  if (length > MAX_NAME_LENGTH) {
    throw new AwsError('ValidationException', `1 validation error detected: Value '${name}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_NAME_LENGTH}`);
  }
  if (FORBIDDEN_NAME_CHARACTERS.test(name) || [...name].some(isControlCharacter)) throw new AwsError('InvalidName', `Invalid Name: '${name}'`);
  return name;
}
