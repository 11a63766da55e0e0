// SDK v3 clients pointed at an endpoint (ours or moto), with dummy credentials, for reading state back.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';
import { DUMMY_CREDENTIALS, REGION } from './action';

export interface TestClients {
  cloudformation: CloudFormationClient;
  dynamodb: DynamoDBClient;
  iam: IAMClient;
  lambda: LambdaClient;
  sfn: SFNClient;
  sqs: SQSClient;
  sts: STSClient;
  destroy(): void;
}

export function clientsFor(endpoint: string): TestClients {
  // Standard retries, few attempts: a broken endpoint should fail a test quickly, not be retried around.
  const config = { region: REGION, endpoint, credentials: DUMMY_CREDENTIALS, maxAttempts: 2 };
  const clients = {
    cloudformation: new CloudFormationClient(config),
    dynamodb: new DynamoDBClient(config),
    iam: new IAMClient(config),
    lambda: new LambdaClient(config),
    sfn: new SFNClient(config),
    sqs: new SQSClient(config),
    sts: new STSClient(config),
  };
  return {
    ...clients,
    destroy: () => Object.values(clients).forEach((client) => client.destroy()),
  };
}
