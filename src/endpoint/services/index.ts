// The service registry: makes every emulated service and publishes each one's backend on the shared
// `backends` object, which services read at call time (so the order they are made in does not matter).
//
// Lambda, Step Functions and CloudFormation carry the heavy libraries (aws-local-stepfunctions,
// asl-validator, the template engine): loading them costs several hundred milliseconds, against tens for
// the rest. Deferred, they load together on the first request for any of them, so a fresh endpoint
// answers at once. They load as one group because CloudFormation and Step Functions call each other's
// and Lambda's backends synchronously.
import { AwsError, type Backends, type EndpointSettings, type ServiceInstance } from '../types';
import { createDynamoDbService } from './dynamodb';
import { createIamService } from './iam';
import { createSqsService } from './sqs';
import { createStsService } from './sts';

/** Service instances by SigV4 scope name (dynamodb, sqs, lambda, states, cloudformation, iam, sts). */
export type ServiceRegistry = Map<string, ServiceInstance>;

export interface ServiceSet {
  services: ServiceRegistry;
  backends: Backends;
  /** Loads the deferred services now (a no-op once loaded); rejects if they cannot load. */
  loadDeferred(): Promise<void>;
  /** Whether the deferred services are loaded. */
  readonly deferredLoaded: boolean;
  /** Resolves once a load in progress (if any) has finished, successfully or not. */
  settled(): Promise<void>;
}

export const DEFERRED_SERVICES = ['lambda', 'states', 'cloudformation'] as const;

/** Stands in for a backend whose service has none (yet): any call fails with an error naming it. */
function unavailable<B extends object>(service: string): B {
  return new Proxy({} as B, {
    get: (_target, member) => () => {
      throw new AwsError('ServiceUnavailable', `The local endpoint's ${service} service offers no ${String(member)} to other services (not loaded)`, 503, 'Receiver');
    },
  });
}

/**
 * `onChange(service)` hears which service changed (so only its snapshot is rewritten); each service gets
 * settings whose markDirty() names it.
 */
export function createServices(settings: EndpointSettings, onChange: (service: string) => void = () => settings.markDirty()): ServiceSet {
  const settingsFor = (service: string): EndpointSettings => ({
    // Read through: the url is only known once the server listens.
    get url() {
      return settings.url;
    },
    accountId: settings.accountId,
    timeScale: settings.timeScale,
    behaviour: settings.behaviour,
    stateDir: settings.stateDir,
    log: settings.log,
    markDirty: () => onChange(service),
  });
  const backends = {} as Backends;
  const dynamodb = createDynamoDbService(settingsFor('dynamodb'));
  const sqs = createSqsService(settingsFor('sqs'));
  const iam = createIamService(settingsFor('iam'));
  const sts = createStsService(settingsFor('sts'), backends);
  backends.dynamodb = dynamodb.backend ?? unavailable('dynamodb');
  backends.sqs = sqs.backend ?? unavailable('sqs');
  backends.iam = iam.backend ?? unavailable('iam');
  backends.lambda = unavailable('lambda');
  backends.states = unavailable('states');

  const services: ServiceRegistry = new Map<string, ServiceInstance>([
    ['dynamodb', dynamodb],
    ['sqs', sqs],
    ['iam', iam],
    ['sts', sts],
  ]);

  let loading: Promise<void> | undefined;
  let loaded = false;
  const loadDeferred = (): Promise<void> =>
    (loading ??= (async () => {
      const [{ createLambdaService }, { createStepFunctionsService }, { createCloudFormationService }] = await Promise.all([
        import('./lambda'),
        import('./stepfunctions'),
        import('./cloudformation'),
      ]);
      const lambda = createLambdaService(settingsFor('lambda'), backends);
      const states = createStepFunctionsService(settingsFor('states'), backends);
      const cloudformation = createCloudFormationService(settingsFor('cloudformation'), backends);
      if (lambda.backend) backends.lambda = lambda.backend;
      if (states.backend) backends.states = states.backend;
      services.set('lambda', lambda).set('states', states).set('cloudformation', cloudformation);
      loaded = true;
    })());

  // Until loaded, each deferred service is a stand-in that loads the group, then hands the request on.
  for (const name of DEFERRED_SERVICES) {
    services.set(name, {
      handler: {
        service: name,
        handle: async (request) => {
          await loadDeferred();
          return (services.get(name) as ServiceInstance).handler.handle(request);
        },
      },
    });
  }

  return {
    services,
    backends,
    loadDeferred,
    get deferredLoaded() {
      return loaded;
    },
    settled: async () => {
      await loading?.catch(() => undefined);
    },
  };
}
