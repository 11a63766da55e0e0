// The Lambda service: wire handling over a function store whose functions run in worker threads,
// plus the in-process backend CloudFormation and Step Functions use.
import { randomUUID } from 'node:crypto';
import type { EndpointSettings, LambdaBackend, ServiceInstance } from '../../types';
import { FunctionStore } from './functions';
import { lambdaHandler } from './handler';
import { invokeFaultsFor } from '../../faults';

export function createLambdaService(settings: EndpointSettings): ServiceInstance<LambdaBackend> {
  const store = new FunctionStore(settings);
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
      // Strict mode's --fault-rate: that fraction of the invokes state machines make fail with ServiceException.
      invokeFaultsFor(settings).invokeFault(nameOrArn);
      const outcome = await store.invoke(nameOrArn, payload, region, randomUUID());
      return { payload: outcome.payload, statusCode: 200, ...(outcome.functionError ? { functionError: outcome.functionError } : {}) };
    },
  };
  return {
    handler: lambdaHandler(store),
    backend,
    persist: store,
    close: () => store.close(),
  };
}
