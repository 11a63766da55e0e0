// An AwsError as the service that failed sends it: JSON services with their own Smithy namespace (SQS with
// its legacy query code header), query services as XML. Used for errors raised before a service sees the
// request (routing, faults, denials) and for failures the server catches.
import { AccessDeniedError, accessDeniedResponse } from '../authz/denial';
import { sqsErrorResponse } from '../services/sqs/errors';
import type { AwsError, AwsResponse } from '../types';
import { jsonError } from './json';
import { xmlError } from './query';

const JSON_NAMESPACES: Record<string, string> = {
  dynamodb: 'com.amazonaws.dynamodb.v20120810',
  states: 'com.amazonaws.sfn',
  lambda: 'com.amazonaws.lambda',
};

export function serviceErrorResponse(service: string | undefined, error: AwsError, requestId: string, json: boolean): AwsResponse {
  // Authorisation failures have a shape of their own in every service (see authz/denial.ts).
  if (error instanceof AccessDeniedError) return accessDeniedResponse(error, requestId, json);
  if (service === 'sqs' && json) return sqsErrorResponse(error);
  if (!json) return xmlError(error, requestId);
  const namespace = (service && JSON_NAMESPACES[service]) || 'com.amazon.coral.service';
  if (service === 'lambda') return jsonError(error, namespace, {}, 'application/json');
  return jsonError(error, namespace);
}
