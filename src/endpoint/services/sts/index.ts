// STS: GetCallerIdentity, answering as the emulated account's root (any credentials are accepted).
import { parseQueryParams, xmlError, xmlResponse } from '../../protocol/query';
import { AwsError, type EndpointSettings, type ServiceInstance } from '../../types';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function createStsService(settings: EndpointSettings): ServiceInstance {
  return {
    handler: {
      service: 'sts',
      async handle(request) {
        const action = parseQueryParams(request).get('Action') ?? '';
        if (action === 'GetCallerIdentity') {
          // The root user's UserId is the account id itself.
          const identity = { UserId: settings.accountId, Account: settings.accountId, Arn: `arn:aws:iam::${settings.accountId}:root` };
          return xmlResponse(action, identity, request.requestId, XMLNS);
        }
        return xmlError(new AwsError('InvalidAction', `Could not find operation ${action} for version 2011-06-15`), request.requestId);
      },
    },
  };
}
