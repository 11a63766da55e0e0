// EndpointSettings for driving a service without the server: a fixed URL, real time, the lenient
// behaviour unless a test asks for more (`behaviour: { strict: true, ... }`), and a count of markDirty() calls.
import { resolveBehaviour, type BehaviourOptions } from '../../src/endpoint/behaviour';
import type { EndpointSettings } from '../../src/endpoint/types';

export function testSettings(overrides: Partial<Omit<EndpointSettings, 'behaviour'>> & { behaviour?: BehaviourOptions } = {}): EndpointSettings & { dirty: number } {
  const { behaviour, ...rest } = overrides;
  const timeScale = rest.timeScale ?? 1;
  const settings = {
    url: 'http://127.0.0.1:9',
    accountId: '000000000000',
    timeScale,
    dirty: 0,
    markDirty() {
      settings.dirty++;
    },
    ...rest,
    behaviour: resolveBehaviour(behaviour ?? {}, timeScale),
  };
  return settings;
}
