// What a Task state does, by its Resource: a Lambda function ARN or the lambda:invoke integration go
// to the emulated Lambda; the dynamodb and sqs:sendMessage integrations to the emulated services.
// Errors are thrown named as Step Functions names them (the Lambda errorType, DynamoDB.<Code>, …),
// so Retry/Catch and the run's error match what AWS would report.
import { randomUUID } from 'node:crypto';
import { AwsError, type Backends } from '../../types';
import { checkTaskPermission } from './permissions';
import { TaskError } from './task-error';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** How a resource shows in history events: resourceType/resource, e.g. sqs/sendMessage. */
export interface ResourceInfo {
  kind: 'lambda-function' | 'integration' | 'unsupported';
  resourceType: string;
  resource: string;
}

export function describeResource(resource: string): ResourceInfo {
  if (/^arn:aws[a-z-]*:lambda:/.test(resource)) return { kind: 'lambda-function', resourceType: 'lambda', resource };
  const integration = /^arn:aws[a-z-]*:states:::(?:aws-sdk:)?([a-z0-9-]+):([A-Za-z]+)(\.[a-zA-Z]+)?$/.exec(resource);
  if (integration) return { kind: 'integration', resourceType: integration[1], resource: integration[2] + (integration[3] ?? '') };
  return { kind: 'unsupported', resourceType: 'unknown', resource };
}

export interface TaskEnvironment {
  backends: Backends;
  region: string;
  accountId: string;
  roleArn: string;
  /** True once the run was stopped: nothing new is sent on its behalf. */
  stopped(): boolean;
}

export type TaskHandler = (input: Json) => Promise<Json>;

export function taskHandler(resource: string, env: TaskEnvironment): TaskHandler {
  const info = describeResource(resource);
  const run = pickRunner(resource, info);
  return async (input) => {
    if (env.stopped()) throw new TaskError('States.Runtime', 'The execution was stopped');
    checkTaskPermission(resource, input, env);
    return run(input, env);
  };
}

type Runner = (input: Json, env: TaskEnvironment) => Promise<Json>;

function pickRunner(resource: string, info: ResourceInfo): Runner {
  if (info.kind === 'lambda-function') return (input, env) => invokeLambda(resource, input, env).then((r) => r.payload);
  // AWS SDK integrations (arn:aws:states:::aws-sdk:dynamodb:<action>) name errors DynamoDb.<Code>.
  if (resource.includes(':::aws-sdk:') && info.resourceType === 'dynamodb') return (input, env) => dynamoDb(info.resource, input, env, 'DynamoDb');
  switch (`${info.resourceType}:${info.resource}`) {
    case 'lambda:invoke':
      return lambdaInvokeIntegration;
    case 'dynamodb:getItem':
    case 'dynamodb:putItem':
    case 'dynamodb:updateItem':
    case 'dynamodb:deleteItem':
      return (input, env) => dynamoDb(info.resource, input, env, 'DynamoDB');
    case 'sqs:sendMessage':
      return sqsSendMessage;
  }
  return async () => {
    throw new TaskError('States.TaskFailed', `The resource '${resource}' is not supported by the local endpoint`);
  };
}

async function invokeLambda(functionRef: string, payload: Json, env: TaskEnvironment): Promise<{ payload: Json }> {
  let result;
  try {
    result = await env.backends.lambda.invoke(functionRef, JSON.stringify(payload ?? null), env.region);
  } catch (error) {
    if (error instanceof AwsError) throw new TaskError(`Lambda.${error.code}`, `${error.message} (Service: Lambda, Status Code: ${error.status})`);
    throw new TaskError('Lambda.Unknown', (error as Error).message);
  }
  if (result.functionError) {
    let errorType = 'Lambda.Unknown';
    try {
      const body = JSON.parse(result.payload) as { errorType?: unknown };
      if (typeof body.errorType === 'string' && body.errorType) errorType = body.errorType;
    } catch {
      // not JSON: keep Lambda.Unknown
    }
    throw new TaskError(errorType, result.payload);
  }
  try {
    return { payload: JSON.parse(result.payload) as Json };
  } catch {
    throw new TaskError('Lambda.Unknown', `The function returned a payload that is not JSON: ${result.payload.slice(0, 200)}`);
  }
}

const lambdaInvokeIntegration: Runner = async (input, env) => {
  const params = (input ?? {}) as { FunctionName?: unknown; Payload?: Json };
  if (typeof params.FunctionName !== 'string') throw new TaskError('States.Runtime', "The field 'FunctionName' is required by lambda:invoke");
  const { payload } = await invokeLambda(params.FunctionName, params.Payload ?? {}, env);
  const requestId = randomUUID();
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload,
    SdkHttpMetadata: { HttpHeaders: { 'X-Amz-Executed-Version': '$LATEST', 'x-amzn-RequestId': requestId }, HttpStatusCode: 200 },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
};

async function dynamoDb(operation: string, input: Json, env: TaskEnvironment, errorPrefix: string): Promise<Json> {
  const name = operation.charAt(0).toUpperCase() + operation.slice(1);
  try {
    return (await env.backends.dynamodb.call(name, (input ?? {}) as Record<string, unknown>, env.region)) as Json;
  } catch (error) {
    throw serviceError(error, errorPrefix, 'AmazonDynamoDBv2');
  }
}

const sqsSendMessage: Runner = async (input, env) => {
  const params = (input ?? {}) as Record<string, Json>;
  const body = params.MessageBody;
  try {
    const sent = env.backends.sqs.sendMessage(
      {
        QueueUrl: String(params.QueueUrl ?? ''),
        // A JSON body that is not a string is sent as its JSON text, as Step Functions does.
        MessageBody: typeof body === 'string' ? body : JSON.stringify(body ?? null),
        ...(params.MessageAttributes ? { MessageAttributes: params.MessageAttributes as Record<string, { DataType: string; StringValue?: string }> } : {}),
        ...(typeof params.DelaySeconds === 'number' ? { DelaySeconds: params.DelaySeconds } : {}),
      },
      env.region,
    );
    return { ...sent, SdkHttpMetadata: { HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: randomUUID() } } as Json;
  } catch (error) {
    throw serviceError(error, 'SQS', 'AmazonSQS');
  }
};

function serviceError(error: unknown, prefix: string, serviceName: string): TaskError {
  if (error instanceof AwsError) {
    return new TaskError(
      `${prefix}.${error.code}`,
      `${error.message} (Service: ${serviceName}; Status Code: ${error.status}; Error Code: ${error.code}; Request ID: ${randomUUID()}; Proxy: null)`,
    );
  }
  return new TaskError('States.TaskFailed', (error as Error).message);
}
