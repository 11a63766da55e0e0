// The Lambda service: wire handling over a function store whose functions run in worker threads,
// plus the in-process backend CloudFormation and Step Functions use.
import { randomUUID } from 'node:crypto';
import { createInvokeFaults } from '../../faults';
import type { EndpointSettings, LambdaBackend, ServiceInstance } from '../../types';
import { FunctionStore, type RoleLookup } from './functions';
import { lambdaHandler } from './handler';

/**
 * `backends.iam` (read at each use, so it may be filled in after this is made) checks the roles functions
 * are given and names the role their code runs as; without it (stand-alone tests) roles go unchecked.
 */
export function createLambdaService(settings: EndpointSettings, backends: { readonly iam?: RoleLookup } = {}): ServiceInstance<LambdaBackend> {
  const store = new FunctionStore(settings);
  // Strict mode's --fault-rate: that fraction of the invokes state machines make fail with ServiceException.
  const faults = createInvokeFaults(settings.behaviour, settings.log);
  const backend: LambdaBackend = {
    createFunction(spec, region) {
      const config = store.createFromSpec(spec, region);
      return { FunctionName: config.FunctionName, FunctionArn: config.FunctionArn };
    },
    deleteFunction(nameOrArn, region) {
      // Callers (CloudFormation) need the function gone now; its workers finish terminating after.
      void store.delete(nameOrArn, region).catch(() => undefined);
    },
    getFunctionArn: (nameOrArn, region) => store.find(nameOrArn, region)?.config.FunctionArn,
    async invoke(nameOrArn, payload, region) {
      faults.invokeFault(nameOrArn);
      const outcome = await store.invoke(nameOrArn, payload, region, randomUUID());
      return { payload: outcome.payload, statusCode: 200, ...(outcome.functionError ? { functionError: outcome.functionError } : {}) };
    },
  };
  store.useRoles(() => backends.iam);
  return {
    handler: lambdaHandler(store),
    backend,
    persist: store,
    close: () => store.close(),
  };
}
