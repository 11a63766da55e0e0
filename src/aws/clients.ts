// AWS SDK v3 clients for one run: region, optional endpoint, adaptive retries; credentials from the default chain.
// Imported only by the operations (loaded after the inputs are valid), so a bad input never loads the SDK.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';

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
