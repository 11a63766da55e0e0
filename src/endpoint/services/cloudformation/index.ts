// The local endpoint's CloudFormation: stacks and change sets provisioned through the other emulated services.
import type { Backends, EndpointSettings, ServiceInstance } from '../../types';
import { StackStore } from './stacks';
import { cloudFormationHandler } from './wire';

/** How long shutdown waits for stack work in flight before giving up on it. */
const CLOSE_GRACE_MS = 10_000;

export function createCloudFormationService(settings: EndpointSettings, backends: Backends): ServiceInstance {
  const store = new StackStore({
    accountId: settings.accountId,
    // The server fills in the other services after creating this one: read them at call time.
    backends: () => backends,
    changed: () => settings.markDirty(),
    timeScale: settings.timeScale,
    callerPolicy: settings.behaviour.callerPolicy,
  });
  return {
    handler: cloudFormationHandler(store),
    persist: store,
    close: async () => {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_GRACE_MS);
        timer.unref();
      });
      await Promise.race([store.idle(), grace]);
      clearTimeout(timer);
    },
  };
}

export { StackStore } from './stacks';
