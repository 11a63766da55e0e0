// The resource types the local CloudFormation can provision, by type name.
import { dynamoDbTable } from './dynamodb-table';
import { iamRole } from './iam-role';
import { lambdaFunction } from './lambda-function';
import { logGroup } from './log-group';
import { sqsQueue } from './sqs-queue';
import { stateMachine } from './state-machine';
import type { Provisioner } from './types';

export const provisioners: ReadonlyMap<string, Provisioner> = new Map(
  [dynamoDbTable, sqsQueue, lambdaFunction, iamRole, stateMachine, logGroup].map((p) => [p.type, p]),
);

export type { Properties, ProvisionContext, Provisioned, Provisioner } from './types';
