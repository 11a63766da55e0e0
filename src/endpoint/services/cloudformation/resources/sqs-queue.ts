// AWS::SQS::Queue through the in-process SQS. Ref is the queue URL.
import { arn } from '../partition';
import type { TemplateValue } from '../template';
import { optionalString, tagMap, type Properties, type ProvisionContext, type Provisioner } from './types';

/** Properties that become queue attributes (objects such as RedrivePolicy as JSON text). */
const ATTRIBUTE_PROPERTIES = [
  'ContentBasedDeduplication', 'DeduplicationScope', 'DelaySeconds', 'FifoQueue', 'FifoThroughputLimit', 'KmsDataKeyReusePeriodSeconds',
  'KmsMasterKeyId', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'RedriveAllowPolicy',
  'RedrivePolicy', 'SqsManagedSseEnabled', 'VisibilityTimeout',
];

function attributes(properties: Properties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ATTRIBUTE_PROPERTIES) {
    const value = optionalString(properties, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function isFifo(value: TemplateValue | undefined): boolean {
  return value === true || value === 'true';
}

function queueName(properties: Properties, ctx: ProvisionContext): string {
  if (properties.QueueName !== undefined) return String(properties.QueueName);
  return isFifo(properties.FifoQueue) ? ctx.generatedName(80, '.fifo') : ctx.generatedName(80);
}

export const sqsQueue: Provisioner = {
  type: 'AWS::SQS::Queue',
  nameProperty: 'QueueName',
  attributes: ['Arn', 'QueueName', 'QueueUrl'],
  replaceOn: ['QueueName', 'FifoQueue'],

  arnFor(properties, ctx) {
    return arn('sqs', ctx.region, ctx.accountId, queueName(properties, ctx));
  },

  async create(properties, ctx) {
    const queue = ctx.backends.sqs.createQueue(queueName(properties, ctx), attributes(properties), ctx.region, tagMap(properties, ctx));
    return { physicalId: queue.url, attributes: { Arn: queue.arn, QueueName: queue.name, QueueUrl: queue.url } };
  },

  // No in-place update: the SQS backend offers no SetQueueAttributes, so a changed queue is re-created under its name.

  async delete(current, ctx) {
    if (ctx.backends.sqs.getQueue(current.physicalId, ctx.region)) ctx.backends.sqs.deleteQueue(current.physicalId, ctx.region);
  },
};
