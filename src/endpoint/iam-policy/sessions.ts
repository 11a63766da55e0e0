// Credentials for code that runs as a role (a Lambda function's process): temporary-credential shaped
// keys ("ASIA...", as STS issues them) that name the role, so the endpoint can tell which role a
// request comes from. Derived from the role alone, so they stay the same across endpoint restarts.
import { createHash } from 'node:crypto';

export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

const ROLE_ID_PREFIX = 'AROA';
const SESSION_KEY_PREFIX = 'ASIA';
const KEY_BODY = /^[A-Z0-9]{8,124}$/;

/** Marks a session token the endpoint made; what follows is base64url JSON naming the session. */
const TOKEN_PREFIX = 'LocalSession.';

/**
 * The role's session keys: access key "ASIA" + the RoleId after its "AROA". The session token carries
 * the session name (Lambda names a function's session after the function), for STS GetCallerIdentity.
 */
export function sessionCredentials(role: { RoleId: string; Arn: string }, sessionName?: string): SessionCredentials {
  if (!role.RoleId.startsWith(ROLE_ID_PREFIX)) throw new Error(`Not a role id: ${role.RoleId}`);
  const digest = (label: string): Buffer => createHash('sha256').update(`${label}\0${role.RoleId}\0${role.Arn}`).digest();
  const session = Buffer.from(JSON.stringify({ role: role.Arn, ...(sessionName ? { session: sessionName } : {}) })).toString('base64url');
  return {
    accessKeyId: `${SESSION_KEY_PREFIX}${role.RoleId.slice(ROLE_ID_PREFIX.length)}`,
    // Signatures are not checked by the endpoint: the secret only has to look like one.
    secretAccessKey: digest('secret').toString('base64').slice(0, 40),
    sessionToken: `${TOKEN_PREFIX}${session}.${digest('token').toString('base64url')}`,
  };
}

/** The session name a token from sessionCredentials carries, or undefined (another token, or none named). */
export function sessionNameOfToken(token: string | undefined): string | undefined {
  if (!token?.startsWith(TOKEN_PREFIX)) return undefined;
  const [encoded] = token.slice(TOKEN_PREFIX.length).split('.');
  try {
    const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { session?: unknown };
    return typeof parsed.session === 'string' && parsed.session !== '' ? parsed.session : undefined;
  } catch {
    return undefined;
  }
}

/** The RoleId a session access key was made for, or undefined for any other key. */
export function roleIdOfAccessKey(accessKeyId: string): string | undefined {
  if (!accessKeyId.startsWith(SESSION_KEY_PREFIX)) return undefined;
  const body = accessKeyId.slice(SESSION_KEY_PREFIX.length);
  return KEY_BODY.test(body) ? `${ROLE_ID_PREFIX}${body}` : undefined;
}
