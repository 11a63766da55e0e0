// STS: GetCallerIdentity. Requests signed with a role's session keys (a Lambda function's own calls)
// are answered as that assumed role, as AWS names one: arn:aws:sts::<account>:assumed-role/<role>/<session>,
// UserId "<RoleId>:<session>". Any other credentials answer as the emulated account's root.
import type { IncomingHttpHeaders } from 'node:http';
import { roleIdOfAccessKey, sessionNameOfToken } from '../../iam-policy/sessions';
import { parseQueryParams, xmlError, xmlResponse } from '../../protocol/query';
import { AwsError, type EndpointSettings, type IamBackend, type ServiceInstance } from '../../types';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
/** The session name when a session token does not carry one. */
export const DEFAULT_SESSION_NAME = 'local-session';

/** The access key id of a SigV4-signed request (Authorization header, or a presigned URL's query). */
export function accessKeyOf(headers: IncomingHttpHeaders, query?: URLSearchParams): string | undefined {
  const authorization = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  const credential = /Credential=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? query?.get('X-Amz-Credential') ?? undefined;
  // The credential scope is the last four parts: the key id is what comes before.
  return credential?.split('/').slice(0, -4).join('/') || undefined;
}

function securityToken(headers: IncomingHttpHeaders, query?: URLSearchParams): string | undefined {
  const header = headers['x-amz-security-token'];
  return (Array.isArray(header) ? header[0] : header) ?? query?.get('X-Amz-Security-Token') ?? undefined;
}

export function createStsService(settings: EndpointSettings, backends: { readonly iam?: Pick<IamBackend, 'findRoleById'> } = {}): ServiceInstance {
  return {
    handler: {
      service: 'sts',
      async handle(request) {
        const params = parseQueryParams(request);
        const action = params.get('Action') ?? '';
        if (action === 'GetCallerIdentity') {
          const key = accessKeyOf(request.headers, request.query);
          const roleId = key ? roleIdOfAccessKey(key) : undefined;
          if (roleId) {
            const role = backends.iam?.findRoleById(roleId);
            // Keys of a role that is gone are refused as AWS refuses an expired or unknown token.
            if (!role) return xmlError(new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403), request.requestId);
            const session = sessionNameOfToken(securityToken(request.headers, request.query)) ?? DEFAULT_SESSION_NAME;
            const identity = { UserId: `${role.RoleId}:${session}`, Account: settings.accountId, Arn: `arn:aws:sts::${settings.accountId}:assumed-role/${role.RoleName}/${session}` };
            return xmlResponse(action, identity, request.requestId, XMLNS);
          }
          // The root user's UserId is the account id itself.
          const identity = { UserId: settings.accountId, Account: settings.accountId, Arn: `arn:aws:iam::${settings.accountId}:root` };
          return xmlResponse(action, identity, request.requestId, XMLNS);
        }
        return xmlError(new AwsError('InvalidAction', `Could not find operation ${action} for version 2011-06-15`), request.requestId);
      },
    },
  };
}
