// STUB (helper E replaces this): the Lambda service factory.
import type { EndpointSettings, LambdaBackend, ServiceInstance } from '../../types';
import { notImplementedHandler } from '../not-implemented';

export function createLambdaService(_settings: EndpointSettings): ServiceInstance<LambdaBackend> {
  return { handler: notImplementedHandler('lambda') };
}
