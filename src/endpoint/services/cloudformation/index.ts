// STUB (helper F replaces this): the CloudFormation service factory.
import type { Backends, EndpointSettings, ServiceInstance } from '../../types';
import { notImplementedHandler } from '../not-implemented';

export function createCloudFormationService(_settings: EndpointSettings, _backends: Backends): ServiceInstance {
  return { handler: notImplementedHandler('cloudformation') };
}
