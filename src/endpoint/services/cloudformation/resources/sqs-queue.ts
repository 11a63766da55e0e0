// AWS::SQS::Queue through the in-process SQS. Ref is the queue URL.
import { arn } from '../partition';
import { DEFAULT_ATTRIBUTES } from '../../sqs/model';
import type { TemplateValue } from '../template';
import { optionalString, tagMap, type Properties, type ProvisionContext, type Provisioner } from './types';

/** Properties that become queue attributes (objects such as RedrivePolicy as JSON text). */
const ATTRIBUTE_PROPERTIES = [
  'ContentBasedDeduplication', 'DeduplicationScope', 'DelaySeconds', 'FifoQueue', 'FifoThroughputLimit', 'KmsDataKeyReusePeriodSeconds',
  'KmsMasterKeyId', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'RedriveAllowPolicy',
  'RedrivePolicy', 'SqsManagedSseEnabled', 'VisibilityTimeout',
];

/** What an update that drops a property sets it back to: SQS's defaults, and these for FIFO and KMS settings; '' clears the rest. */
const DEFAULTS: Record<string, string> = {
  ...DEFAULT_ATTRIBUTES,
  KmsDataKeyReusePeriodSeconds: '300',
  ContentBasedDeduplication: 'false',
};

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

  // In place, as the SQS handler does with SetQueueAttributes: re-creating under the same name would meet
  // QueueDeletedRecently. A property taken out of the template goes back to SQS's default.
  async update(current, previous, next, ctx) {
    const setAttributes = ctx.backends.sqs.setQueueAttributes;
    if (!setAttributes) {
      ctx.backends.sqs.deleteQueue(current.physicalId, ctx.region);
      return sqsQueue.create(next, ctx);
    }
    const before = attributes(previous);
    const after = attributes(next);
    const change: Record<string, string> = {};
    for (const name of Object.keys(before)) if (!(name in after)) change[name] = DEFAULTS[name] ?? '';
    for (const [name, value] of Object.entries(after)) if (before[name] !== value) change[name] = value;
    if (Object.keys(change).length > 0) setAttributes.call(ctx.backends.sqs, current.physicalId, change, ctx.region);
    return current;
  },

  async delete(current, ctx) {
    if (ctx.backends.sqs.getQueue(current.physicalId, ctx.region)) ctx.backends.sqs.deleteQueue(current.physicalId, ctx.region);
  },
};
