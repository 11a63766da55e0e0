// The permissions each resource type's handlers need, as the CloudFormation registry schemas list them
// (data in handler-permissions.json, with its source and the date it was read).
import data from './handler-permissions.json' with { type: 'json' };

export type HandlerOperation = 'create' | 'read' | 'update' | 'delete' | 'list';

interface TypePermissions {
  /** The IAM service prefix of the type's own API (e.g. `sqs`). */
  service: string;
  handlers: Record<HandlerOperation, string[]>;
  /** Permissions of other services, with why the local endpoint never needs them. */
  notChecked: Record<string, string>;
}

const types = data.types as Record<string, TypePermissions>;

/** Every permission the registry schema lists for one handler of a type (empty for unknown types). */
export function handlerPermissions(type: string, operation: HandlerOperation): readonly string[] {
  return types[type]?.handlers[operation] ?? [];
}

/**
 * The permissions the engine checks before it runs one handler: those of the type's own service and
 * iam:PassRole. The others serve features the local endpoint does not offer (KMS keys, S3 code, VPCs).
 */
export function checkedPermissions(type: string, operation: HandlerOperation): string[] {
  const entry = types[type];
  if (!entry) return [];
  return entry.handlers[operation].filter((permission) => !(permission in entry.notChecked));
}

/** The types with committed permission lists. */
export function typesWithPermissions(): string[] {
  return Object.keys(types);
}
