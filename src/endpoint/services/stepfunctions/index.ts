// The Step Functions service: wire handling over the model of machines and executions, executions
// really run (runner.ts), plus the in-process backend CloudFormation provisions machines through.
import type { Backends, EndpointSettings, ServiceInstance, StepFunctionsBackend } from '../../types';
import { stepFunctionsHandler } from './handler';
import { StepFunctionsModel } from './model';

export function createStepFunctionsService(settings: EndpointSettings, backends: Backends): ServiceInstance<StepFunctionsBackend> {
  const model = new StepFunctionsModel(settings, backends);
  const backend: StepFunctionsBackend = {
    createStateMachine(input, region) {
      return { stateMachineArn: model.createMachine(input, region).machine.stateMachineArn };
    },
    updateStateMachine(input) {
      model.updateMachine(input.stateMachineArn, input);
    },
    deleteStateMachine(stateMachineArn) {
      model.deleteMachine(stateMachineArn);
    },
  };
  return { handler: stepFunctionsHandler(model), backend, persist: model, close: () => model.close() };
}
