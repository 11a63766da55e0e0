// The SQS service factory: the model (state), its JSON wire, and the backend other services use.
import type { EndpointSettings, QueueRef, ServiceInstance, SqsBackend } from '../../types';
import { SqsModel, type Queue } from './model';
import { SqsWire } from './wire';

export function createSqsService(settings: EndpointSettings): ServiceInstance<SqsBackend> {
  const model = new SqsModel(settings.accountId, () => settings.markDirty(), {
    queueNameMs: settings.behaviour.queueNameCooldownMs,
    purgeMs: settings.behaviour.purgeCooldownMs,
  });
  const wire = new SqsWire(model, settings);
  const ref = (queue: Queue): QueueRef => ({ name: queue.name, url: wire.urlOf(queue), arn: model.arnOf(queue) });

  const backend: SqsBackend = {
    createQueue: (name, attributes, region, tags) => ref(model.createQueue(region, name, attributes, tags)),
    deleteQueue: (urlOrName, region) => {
      const queue = model.findQueue(region, urlOrName);
      if (queue) model.deleteQueue(queue);
    },
    setQueueAttributes: (urlOrName, attributes, region) => model.setAttributes(model.requireQueue(region, urlOrName), attributes),
    getQueue: (urlOrName, region) => {
      const queue = model.findQueue(region, urlOrName);
      return queue ? ref(queue) : undefined;
    },
    sendMessage: (input, region) => {
      const result = model.send(model.requireQueue(region, input.QueueUrl), input);
      return { MessageId: result.MessageId, MD5OfMessageBody: result.MD5OfMessageBody, MD5OfMessageAttributes: result.MD5OfMessageAttributes };
    },
  };

  return {
    handler: { service: 'sqs', handle: (request) => wire.handle(request) },
    backend,
    persist: { snapshot: () => model.snapshot(), restore: (snapshot) => model.restore(snapshot) },
    close: async () => model.close(),
  };
}
