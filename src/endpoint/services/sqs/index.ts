// The SQS service factory: the model (state), its JSON wire, and the backend other services use.
import type { EndpointSettings, QueueRef, ServiceInstance, SqsBackend } from '../../types';
import { SqsJournal } from './journal';
import { SqsModel, type Queue } from './model';
import { SqsWire } from './wire';

export function createSqsService(settings: EndpointSettings): ServiceInstance<SqsBackend> {
  const model = new SqsModel(settings.accountId, () => settings.markDirty(), {
    queueNameMs: settings.behaviour.queueNameCooldownMs,
    purgeMs: settings.behaviour.purgeCooldownMs,
  });
  const wire = new SqsWire(model, settings);
  // With a state directory, every answered change is journaled before its answer goes out.
  const journal = new SqsJournal(model);
  const ref = (queue: Queue): QueueRef => ({ name: queue.name, url: wire.urlOf(queue), arn: model.arnOf(queue) });

  const backend: SqsBackend = {
    createQueue: (name, attributes, region, tags) => {
      const queue = model.createQueue(region, name, attributes, tags);
      journal.queueChanged(queue);
      return ref(queue);
    },
    deleteQueue: (urlOrName, region) => {
      const queue = model.findQueue(region, urlOrName);
      if (!queue) return;
      model.deleteQueue(queue);
      journal.queueDeleted(region, queue.name);
    },
    setQueueAttributes: (urlOrName, attributes, region) => model.setAttributes(model.requireQueue(region, urlOrName), attributes),
    getQueue: (urlOrName, region) => {
      const queue = model.findQueue(region, urlOrName);
      return queue ? ref(queue) : undefined;
    },
    sendMessage: (input, region) => {
      const queue = model.requireQueue(region, input.QueueUrl);
      const result = model.send(queue, input);
      journal.messageChanged(queue, result.MessageId);
      return { MessageId: result.MessageId, MD5OfMessageBody: result.MD5OfMessageBody, MD5OfMessageAttributes: result.MD5OfMessageAttributes };
    },
  };

  return {
    handler: {
      service: 'sqs',
      handle: async (request) => {
        const response = await wire.handle(request);
        journal.recordWire(request, response);
        return response;
      },
    },
    backend,
    persist: { snapshot: () => model.snapshot(), restore: (snapshot) => model.restore(snapshot), journal },
    close: async () => model.close(),
  };
}
