// A refused request as each service and protocol really sends it. Measured answers of AWS (and the
// SDKs' own parsing) give the shapes: DynamoDB and Step Functions answer 400 with a
// com.amazon.coral.service#AccessDeniedException body; SQS (JSON, query-compatible) 403 with the
// same body and `x-amzn-query-error: AccessDenied;Sender`, so the SDK reports `AccessDenied`; Lambda 403
// with `x-amzn-ErrorType: AccessDeniedException` and a `Message` body; the query services
// (CloudFormation, IAM, STS) 403 with an XML `AccessDenied` error.
import { xmlError } from '../protocol/query';
import { AwsError, type AwsResponse } from '../types';

export type DenialReason = 'ExplicitDeny' | 'ImplicitDeny';

const CORAL = 'com.amazon.coral.service';

/** The status each service answers a denial with, and the code it names it by. */
const WIRE: Record<string, { status: number; code: string }> = {
  dynamodb: { status: 400, code: 'AccessDeniedException' },
  states: { status: 400, code: 'AccessDeniedException' },
  sqs: { status: 403, code: 'AccessDeniedException' },
  lambda: { status: 403, code: 'AccessDeniedException' },
};
const QUERY_DENIAL = { status: 403, code: 'AccessDenied' };

/** An authorisation failure, rendered by `accessDeniedResponse` rather than the service's own error shape. */
export class AccessDeniedError extends AwsError {
  constructor(
    readonly service: string,
    message: string,
  ) {
    const wire = WIRE[service] ?? QUERY_DENIAL;
    super(wire.code, message, wire.status, 'Sender');
  }
}

/**
 * IAM's denial message, as services pass it on: who, which action, which resource, and why. SQS names
 * its actions in lower case in these messages (`sqs:sendmessage`).
 */
export function denialMessage(service: string, principalArn: string, action: string, resource: string, reason: DenialReason): string {
  const named = service === 'sqs' ? action.toLowerCase() : action;
  const why = reason === 'ExplicitDeny' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${named} action`;
  return `User: ${principalArn} is not authorized to perform: ${named} on resource: ${resource} ${why}`;
}

export function accessDeniedResponse(error: AccessDeniedError, requestId: string, json: boolean): AwsResponse {
  if (!json || !WIRE[error.service]) return xmlError(error, requestId);
  const headers: Record<string, string> = { 'x-amzn-errortype': error.code, 'x-amzn-requestid': requestId };
  switch (error.service) {
    case 'sqs':
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': 'AccessDenied;Sender' },
        body: JSON.stringify({ __type: `${CORAL}#${error.code}`, Message: error.message }),
      };
    case 'lambda':
      return { status: error.status, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ Message: error.message }) };
    default:
      return {
        status: error.status,
        headers: { ...headers, 'content-type': 'application/x-amz-json-1.0' },
        body: JSON.stringify({ __type: `${CORAL}#${error.code}`, message: error.message }),
      };
  }
}
