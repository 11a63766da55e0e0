// The ARNs IAM authorises each request against, built from what the request names (a table name, a
// queue URL, a function name or partial ARN, a stack name, a role name), in the formats of the Service
// Authorization Reference's "Resource types" tables. A name that already is an ARN is used as it is.

const isArn = (value: string): boolean => value.startsWith('arn:');

export function tableArn(region: string, accountId: string, tableName: string): string {
  return isArn(tableName) ? tableName : `arn:aws:dynamodb:${region}:${accountId}:table/${tableName}`;
}

export function indexArn(region: string, accountId: string, tableName: string, indexName: string): string {
  return `${tableArn(region, accountId, tableName)}/index/${indexName}`;
}

/** `https://host/<account>/<name>` (or a bare name) -> `arn:aws:sqs:<region>:<account>:<name>`. */
export function queueArn(region: string, accountId: string, queueUrlOrName: string): string {
  if (isArn(queueUrlOrName)) return queueUrlOrName;
  const segments = queueUrlOrName.replace(/^[a-z]+:\/\/[^/]*/i, '').split('/').filter(Boolean);
  const name = segments[segments.length - 1] ?? '';
  const account = segments.length >= 2 && /^\d{12}$/.test(segments[segments.length - 2]) ? segments[segments.length - 2] : accountId;
  return `arn:aws:sqs:${region}:${account}:${name}`;
}

/**
 * A Lambda function as AWS names it in any of its accepted forms: `name`, `name:qualifier`,
 * `account:function:name[:qualifier]` or the full ARN; the `Qualifier` parameter, when given, names the
 * version or alias. Qualified ARNs are what IAM sees for qualified calls.
 */
export function functionArn(region: string, accountId: string, nameOrArn: string, qualifier?: string | null): string {
  const parts = nameOrArn.split(':');
  let arnRegion = region;
  let account = accountId;
  let name: string;
  let inlineQualifier: string | undefined;
  if (isArn(nameOrArn)) {
    // arn:aws:lambda:region:account:function:name[:qualifier]
    [arnRegion, account, , name, inlineQualifier] = [parts[3], parts[4], parts[5], parts[6] ?? '', parts[7]];
  } else if (parts.length >= 3 && parts[1] === 'function') {
    [account, , name, inlineQualifier] = [parts[0], parts[1], parts[2], parts[3]];
  } else {
    [name, inlineQualifier] = [parts[0], parts[1]];
  }
  const version = qualifier || inlineQualifier;
  return `arn:aws:lambda:${arnRegion}:${account}:function:${name}${version ? `:${version}` : ''}`;
}

export function stateMachineArn(region: string, accountId: string, name: string): string {
  return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}

/**
 * A stack named by name or by stack id (its ARN). By name, the stack's unique id suffix is not known
 * before it exists, so the resource is `stack/<name>/*`, which is also how CloudFormation's own denial
 * messages show it.
 */
export function stackArn(region: string, accountId: string, nameOrId: string): string {
  return isArn(nameOrId) ? nameOrId : `arn:aws:cloudformation:${region}:${accountId}:stack/${nameOrId}/*`;
}

/** A role by name (with its path, when known) or ARN. */
export function roleArn(accountId: string, nameOrArn: string, path = '/'): string {
  if (isArn(nameOrArn)) return nameOrArn;
  const normalised = path.startsWith('/') ? path : `/${path}`;
  return `arn:aws:iam::${accountId}:role${normalised.endsWith('/') ? normalised : `${normalised}/`}${nameOrArn}`;
}

export function managedPolicyArn(accountId: string, name: string, path = '/'): string {
  const normalised = path.endsWith('/') ? path : `${path}/`;
  return `arn:aws:iam::${accountId}:policy${normalised.startsWith('/') ? normalised : `/${normalised}`}${name}`;
}
