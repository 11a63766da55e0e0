// A service whose handler answers every operation with an AWS-shaped "not implemented" error.
import { AwsError, type ServiceHandler } from '../types';
import { jsonError } from '../protocol/json';

export function notImplementedHandler(service: string): ServiceHandler {
  return {
    service,
    handle: async (request) =>
      jsonError(new AwsError('UnknownOperationException', `${service} operation ${request.target ?? request.path} is not implemented by the local endpoint`), `com.amazonaws.${service}`),
  };
}
