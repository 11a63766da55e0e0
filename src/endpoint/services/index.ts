// The service registry: makes every emulated service and publishes each one's backend on the shared
// `backends` object, which services read at call time (so the order they are made in does not matter).
import { AwsError, type Backends, type EndpointSettings, type ServiceInstance } from '../types';
import { createCloudFormationService } from './cloudformation';
import { createDynamoDbService } from './dynamodb';
import { createIamService } from './iam';
import { createLambdaService } from './lambda';
import { createSqsService } from './sqs';
import { createStepFunctionsService } from './stepfunctions';
import { createStsService } from './sts';

/** Service instances by SigV4 scope name (dynamodb, sqs, lambda, states, cloudformation, iam, sts). */
export type ServiceRegistry = Map<string, ServiceInstance>;

/** Stands in for a backend whose service has none (yet): any call fails with an error naming it. */
function unavailable<B extends object>(service: string): B {
  return new Proxy({} as B, {
    get: (_target, member) => () => {
      throw new AwsError('ServiceUnavailable', `The local endpoint's ${service} service offers no ${String(member)} to other services`, 503, 'Receiver');
    },
  });
}

export function createServices(settings: EndpointSettings): { services: ServiceRegistry; backends: Backends } {
  const backends = {} as Backends;
  const dynamodb = createDynamoDbService(settings);
  const sqs = createSqsService(settings);
  const iam = createIamService(settings);
  const lambda = createLambdaService(settings);
  const states = createStepFunctionsService(settings, backends);
  const cloudformation = createCloudFormationService(settings, backends);
  const sts = createStsService(settings);

  backends.dynamodb = dynamodb.backend ?? unavailable('dynamodb');
  backends.sqs = sqs.backend ?? unavailable('sqs');
  backends.iam = iam.backend ?? unavailable('iam');
  backends.lambda = lambda.backend ?? unavailable('lambda');
  backends.states = states.backend ?? unavailable('states');

  const services: ServiceRegistry = new Map<string, ServiceInstance>([
    ['dynamodb', dynamodb],
    ['sqs', sqs],
    ['iam', iam],
    ['sts', sts],
    ['lambda', lambda],
    ['states', states],
    ['cloudformation', cloudformation],
  ]);
  return { services, backends };
}
