// PLACEHOLDER, replaced below by the IAM service.
import type { EndpointSettings, ServiceInstance, IamBackend } from '../../types';
import { notImplementedHandler } from '../not-implemented';
export function createIamService(_settings: EndpointSettings): ServiceInstance<IamBackend> {
  return { handler: notImplementedHandler('iam') };
}
