// SQS's JSON wire (X-Amz-Target AmazonSQS.<Operation>): reads each operation's input, calls the model,
// shapes the output as the service does (empty lists and absent members left out).
import { jsonResponse, parseJsonBody } from '../../protocol/json';
import { xmlError } from '../../protocol/query';
import { AwsError, type AwsRequest, type AwsResponse, type EndpointSettings } from '../../types';
import { md5OfMessageAttributes } from './digest';
import { invalidParameter, missingParameter, sqsError, sqsErrorResponse } from './errors';
import { SqsModel, type MessageAttributes, type Queue, type SendInput, type StoredMessage } from './model';

type Input = Record<string, unknown>;
type Operation = (input: Input, request: AwsRequest) => unknown;

const BATCH_ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

function stringMember(input: Input, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') throw missingParameter(name);
  return value;
}

function requiredInteger(input: Input, name: string): number {
  const value = optionalInteger(input, name);
  if (value === undefined) throw missingParameter(name);
  return value;
}

function optionalInteger(input: Input, name: string): number | undefined {
  const value = input[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalidParameter(`Value ${String(value)} for parameter ${name} is invalid. Reason: must be an integer.`);
  return value;
}

function stringMap(input: Input, name: string): Record<string, string> {
  const value = input[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidParameter(`Value for parameter ${name} is invalid. Reason: must be a map of strings.`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

function stringList(input: Input, name: string): string[] {
  const value = input[name];
  return Array.isArray(value) ? value.map(String) : [];
}

/** Checks a batch's entries the way SQS does before acting on any of them. */
function batchEntries(input: Input): Input[] {
  const entries = input.Entries;
  if (!Array.isArray(entries) || entries.length === 0) throw sqsError('EmptyBatchRequest', 'There should be at least one SendMessageBatchRequestEntry in the request.');
  if (entries.length > 10) throw sqsError('TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${entries.length}.`);
  const ids = new Set<string>();
  for (const entry of entries as Input[]) {
    if (!entry || typeof entry !== 'object') throw invalidParameter('Each batch entry must be a structure.');
    const id = String(entry.Id ?? '');
    if (!BATCH_ENTRY_ID.test(id)) throw sqsError('InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.');
    if (ids.has(id)) throw sqsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
    ids.add(id);
  }
  return entries as Input[];
}

/** Runs each entry on its own: failures become Failed entries, as batch operations report them. */
function perEntry<T>(entries: Input[], act: (entry: Input) => T): { Successful: (T & { Id: string })[]; Failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[] } {
  const Successful: (T & { Id: string })[] = [];
  const Failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[] = [];
  for (const entry of entries) {
    const Id = String(entry.Id);
    try {
      Successful.push({ Id, ...act(entry) });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      Failed.push({ Id, SenderFault: error.sender === 'Sender', Code: error.code, Message: error.message });
    }
  }
  return { Successful, Failed };
}

function sendInput(entry: Input): SendInput {
  return {
    MessageBody: typeof entry.MessageBody === 'string' ? entry.MessageBody : undefined,
    DelaySeconds: optionalInteger(entry, 'DelaySeconds'),
    MessageAttributes: entry.MessageAttributes as MessageAttributes | undefined,
    MessageSystemAttributes: entry.MessageSystemAttributes as MessageAttributes | undefined,
    MessageGroupId: entry.MessageGroupId as string | undefined,
    MessageDeduplicationId: entry.MessageDeduplicationId as string | undefined,
  };
}

/** Which message attributes a receive asked for: 'All', '.*', 'prefix.*' or exact names. */
function selectAttributes(attributes: MessageAttributes | undefined, names: string[]): MessageAttributes | undefined {
  if (!attributes || names.length === 0) return undefined;
  // All of them: the stored attributes themselves (so their digest from the send applies).
  if (names.some((pattern) => pattern === 'All' || pattern === '.*')) return Object.keys(attributes).length > 0 ? attributes : undefined;
  const wanted = (name: string): boolean =>
    names.some((pattern) => pattern === 'All' || pattern === '.*' || pattern === name || (pattern.endsWith('.*') && name.startsWith(pattern.slice(0, -1))));
  const selected = Object.fromEntries(Object.entries(attributes).filter(([name]) => wanted(name)));
  return Object.keys(selected).length > 0 ? selected : undefined;
}

function systemAttributes(message: StoredMessage, names: string[], accountId: string): Record<string, string> | undefined {
  if (names.length === 0) return undefined;
  const all: Record<string, string | undefined> = {
    SenderId: accountId,
    SentTimestamp: String(message.sentAt),
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt ?? message.sentAt),
    MessageGroupId: message.groupId,
    MessageDeduplicationId: message.deduplicationId,
    SequenceNumber: message.sequenceNumber,
    AWSTraceHeader: message.systemAttributes?.AWSTraceHeader?.StringValue,
  };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(all)) {
    if (value !== undefined && (names.includes('All') || names.includes(name))) out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export class SqsWire {
  private readonly operations: Record<string, Operation>;

  constructor(
    private readonly model: SqsModel,
    private readonly settings: EndpointSettings,
  ) {
    this.operations = {
      CreateQueue: (input, request) => {
        const queue = model.createQueue(request.region, stringMember(input, 'QueueName'), stringMap(input, 'Attributes'), stringMap(input, 'tags'));
        return { QueueUrl: this.urlOf(queue, request) };
      },
      GetQueueUrl: (input, request) => {
        const queue = model.findQueue(request.region, stringMember(input, 'QueueName'));
        if (!queue) throw sqsError('QueueDoesNotExist', 'The specified queue does not exist.');
        return { QueueUrl: this.urlOf(queue, request) };
      },
      ListQueues: (input, request) => {
        const max = optionalInteger(input, 'MaxResults');
        if (max !== undefined && (max < 1 || max > 1000)) throw invalidParameter(`Value ${max} for parameter MaxResults is invalid. Reason: must be between 1 and 1000.`);
        const all = model.listQueues(request.region, typeof input.QueueNamePrefix === 'string' ? input.QueueNamePrefix : '');
        const start = typeof input.NextToken === 'string' ? Number(Buffer.from(input.NextToken, 'base64').toString('utf8')) || 0 : 0;
        const page = all.slice(start, max === undefined ? 1000 : start + max);
        const next = start + page.length;
        return {
          QueueUrls: page.length > 0 ? page.map((q) => this.urlOf(q, request)) : undefined,
          NextToken: max !== undefined && next < all.length ? Buffer.from(String(next)).toString('base64') : undefined,
        };
      },
      DeleteQueue: (input, request) => model.deleteQueue(this.queue(input, request)),
      PurgeQueue: (input, request) => model.purgeQueue(this.queue(input, request)),
      GetQueueAttributes: (input, request) => {
        const attributes = model.getAttributes(this.queue(input, request), stringList(input, 'AttributeNames'));
        return { Attributes: Object.keys(attributes).length > 0 ? attributes : undefined };
      },
      SetQueueAttributes: (input, request) => model.setAttributes(this.queue(input, request), stringMap(input, 'Attributes')),
      TagQueue: (input, request) => model.tagQueue(this.queue(input, request), stringMap(input, 'Tags')),
      UntagQueue: (input, request) => model.untagQueue(this.queue(input, request), stringList(input, 'TagKeys')),
      ListQueueTags: (input, request) => {
        const tags = this.queue(input, request).tags;
        return { Tags: Object.keys(tags).length > 0 ? tags : undefined };
      },
      ListDeadLetterSourceQueues: (input, request) => ({
        queueUrls: model.deadLetterSources(this.queue(input, request)).map((q) => this.urlOf(q, request)),
      }),
      SendMessage: (input, request) => model.send(this.queue(input, request), sendInput(input)),
      SendMessageBatch: (input, request) => {
        const queue = this.queue(input, request);
        return perEntry(batchEntries(input), (entry) => model.send(queue, sendInput(entry)));
      },
      ReceiveMessage: (input, request) => this.receive(input, request),
      DeleteMessage: (input, request) => model.deleteMessage(this.queue(input, request), stringMember(input, 'ReceiptHandle')),
      DeleteMessageBatch: (input, request) => {
        const queue = this.queue(input, request);
        return perEntry(batchEntries(input), (entry) => {
          model.deleteMessage(queue, stringMember(entry, 'ReceiptHandle'));
          return {};
        });
      },
      ChangeMessageVisibility: (input, request) =>
        model.changeVisibility(this.queue(input, request), stringMember(input, 'ReceiptHandle'), requiredInteger(input, 'VisibilityTimeout')),
      ChangeMessageVisibilityBatch: (input, request) => {
        const queue = this.queue(input, request);
        return perEntry(batchEntries(input), (entry) => {
          model.changeVisibility(queue, stringMember(entry, 'ReceiptHandle'), requiredInteger(entry, 'VisibilityTimeout'));
          return {};
        });
      },
    };
  }

  /**
   * `<endpoint>/<account>/<name>`, on the host the caller used when there is one: an SDK client whose
   * endpoint is http://localhost:4566 then gets URLs on that origin, and does not warn on every call
   * that the queue URL points elsewhere. Queues are found by name, so either form works everywhere.
   */
  urlOf(queue: Queue, request?: AwsRequest): string {
    const host = request?.headers.host;
    const origin = host && /^[\w.-]+(:\d+)?$|^\[[\d:a-fA-F]+\](:\d+)?$/.test(host) ? `http://${host}` : this.settings.url;
    return `${origin}/${this.settings.accountId}/${queue.name}`;
  }

  private queue(input: Input, request: AwsRequest): Queue {
    return this.model.requireQueue(request.region, stringMember(input, 'QueueUrl'));
  }

  private async receive(input: Input, request: AwsRequest): Promise<unknown> {
    const queue = this.queue(input, request);
    const maxMessages = optionalInteger(input, 'MaxNumberOfMessages') ?? 1;
    if (maxMessages < 1 || maxMessages > 10) {
      throw invalidParameter(`Value ${maxMessages} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.`);
    }
    const waitSeconds = optionalInteger(input, 'WaitTimeSeconds') ?? Number(queue.attributes.ReceiveMessageWaitTimeSeconds);
    if (waitSeconds < 0 || waitSeconds > 20) {
      throw invalidParameter(`Value ${waitSeconds} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.`);
    }
    const visibilityTimeout = optionalInteger(input, 'VisibilityTimeout');
    if (visibilityTimeout !== undefined && (visibilityTimeout < 0 || visibilityTimeout > 43200)) {
      throw invalidParameter(`Value ${visibilityTimeout} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200, if provided.`);
    }
    const systemNames = [...stringList(input, 'AttributeNames'), ...stringList(input, 'MessageSystemAttributeNames')];
    const attributeNames = stringList(input, 'MessageAttributeNames');
    const messages = await this.model.receive(queue, { maxMessages, waitSeconds, visibilityTimeout }, request.signal);
    if (messages.length === 0) return {};
    return {
      Messages: messages.map((message) => {
        const attributes = selectAttributes(message.attributes, attributeNames);
        return {
          MessageId: message.id,
          ReceiptHandle: message.receiptHandle,
          MD5OfBody: message.md5OfBody,
          Body: message.body,
          Attributes: systemAttributes(message, systemNames, this.settings.accountId),
          // Over the attributes returned, which is what the SDKs can check: when they are all of the
          // message's, the digest computed as it was sent.
          MD5OfMessageAttributes: attributes
            ? attributes === message.attributes && message.md5OfAttributes
              ? message.md5OfAttributes
              : md5OfMessageAttributes(attributes)
            : undefined,
          MessageAttributes: attributes,
        };
      }),
    };
  }

  async handle(request: AwsRequest): Promise<AwsResponse> {
    if (!request.target) {
      // A query-protocol (form) caller: answer in its own language rather than with JSON it cannot read.
      return xmlError(new AwsError('InvalidAction', 'The local endpoint speaks the SQS JSON protocol (X-Amz-Target: AmazonSQS.<Action>) only.'), request.requestId);
    }
    const operation = this.operations[request.target];
    if (!operation) {
      return sqsErrorResponse(new AwsError('UnsupportedOperation', `The operation ${request.target} is not supported by the local endpoint.`));
    }
    try {
      const output = await operation(parseJsonBody(request), request);
      return jsonResponse(output ?? {});
    } catch (error) {
      if (error instanceof AwsError) return sqsErrorResponse(error);
      throw error;
    }
  }
}
