import { describe, expect, it } from '@jest/globals';
import { roleIdOfAccessKey, sessionCredentials, sessionNameOfToken } from '../../../src/endpoint/iam-policy/sessions';

const role = { RoleId: 'AROAABCDEFGHIJKLMNOPQ', Arn: 'arn:aws:iam::000000000000:role/pump-step' };

describe('sessionCredentials', () => {
  it('makes an ASIA key from the role id, the same every time', () => {
    const credentials = sessionCredentials(role);
    expect(credentials.accessKeyId).toBe('ASIAABCDEFGHIJKLMNOPQ');
    expect(sessionCredentials({ ...role })).toEqual(credentials);
    expect(credentials.secretAccessKey).toHaveLength(40);
    expect(credentials.sessionToken.length).toBeGreaterThan(20);
  });

  it('gives different roles different keys and secrets', () => {
    const other = sessionCredentials({ RoleId: 'AROAZZZZZZZZZZZZZZZZZ', Arn: 'arn:aws:iam::000000000000:role/other' });
    const mine = sessionCredentials(role);
    expect(other.accessKeyId).not.toBe(mine.accessKeyId);
    expect(other.secretAccessKey).not.toBe(mine.secretAccessKey);
  });

  it('refuses an id that is not a role id', () => {
    expect(() => sessionCredentials({ RoleId: 'AIDAABCDEFGHIJKLMNOPQ', Arn: role.Arn })).toThrow();
  });
});

describe('roleIdOfAccessKey', () => {
  it('returns the role id of a session key and undefined for other keys', () => {
    expect(roleIdOfAccessKey(sessionCredentials(role).accessKeyId)).toBe(role.RoleId);
    expect(roleIdOfAccessKey('AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
    expect(roleIdOfAccessKey('test')).toBeUndefined();
    expect(roleIdOfAccessKey('ASIA')).toBeUndefined();
    expect(roleIdOfAccessKey('ASIAabc-def')).toBeUndefined();
  });
});

describe('sessionNameOfToken', () => {
  it('reads the session name the token was made with', () => {
    expect(sessionNameOfToken(sessionCredentials(role, 'scan-function').sessionToken)).toBe('scan-function');
    expect(sessionNameOfToken(sessionCredentials(role).sessionToken)).toBeUndefined();
    expect(sessionNameOfToken('FwoGZXIvYXdzEJr//////////wEaDAbc')).toBeUndefined();
    expect(sessionNameOfToken(undefined)).toBeUndefined();
  });
});
