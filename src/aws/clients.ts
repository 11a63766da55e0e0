// AWS SDK v3 clients for one run: region, optional endpoint, adaptive retries; credentials from the default chain.
// Imported only by the operations (loaded after the inputs are valid), so a bad input never loads the SDK.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';

/** The action's name and version (package.json's; a unit test keeps the two equal). */
export const ACTION_NAME = 'stepfunctions-message-pump-action';
export const ACTION_VERSION = '0.1.0';

/**
 * Added to every request's User-Agent, so the calls this action makes can be told apart in CloudTrail
 * (userAgent field) and by AWS Support from those of other tools using the same credentials.
 */
export const CUSTOM_USER_AGENT: [string, string][] = [[ACTION_NAME, ACTION_VERSION]];

export interface ClientConfig {
  region: string;
  /** An http(s) URL; undefined for AWS itself. */
  endpoint?: string;
}

export interface Clients {
  readonly cloudformation: CloudFormationClient;
  readonly sfn: SFNClient;
  readonly dynamodb: DynamoDBClient;
  /** Document client over `dynamodb` (marshalling with removeUndefinedValues). */
  readonly documents: DynamoDBDocumentClient;
  readonly sqs: SQSClient;
}

/** Clients are made on first use, so an operation pays only for the services it calls. */
export function createClients(config: ClientConfig): Clients {
  const common = {
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    retryMode: 'adaptive' as const,
    maxAttempts: 5,
    customUserAgent: CUSTOM_USER_AGENT,
  };
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  const clients: Clients = {
    get cloudformation() {
      return once('cloudformation', () => new CloudFormationClient(common));
    },
    get sfn() {
      return once('sfn', () => new SFNClient(common));
    },
    get dynamodb() {
      return once('dynamodb', () => new DynamoDBClient(common));
    },
    get documents() {
      return once('documents', () =>
        DynamoDBDocumentClient.from(clients.dynamodb, { marshallOptions: { removeUndefinedValues: true } }),
      );
    },
    get sqs() {
      return once('sqs', () => new SQSClient(common));
    },
  };
  return clients;
}
