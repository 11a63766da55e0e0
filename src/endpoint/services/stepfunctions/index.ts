// STUB (helper E replaces this): the Step Functions service factory.
import type { Backends, EndpointSettings, ServiceInstance, StepFunctionsBackend } from '../../types';
import { notImplementedHandler } from '../not-implemented';

export function createStepFunctionsService(_settings: EndpointSettings, _backends: Backends): ServiceInstance<StepFunctionsBackend> {
  return { handler: notImplementedHandler('states') };
}
