// SQS's state and behaviour, apart from the wire: queues per region, messages with visibility timeouts,
// receive counts and receipt handles, dead-letter redrive, and long polls that answer as soon as a
// message becomes visible (or at their deadline, or when the endpoint closes).
import { randomUUID } from 'node:crypto';
import { invalidParameter, queueDoesNotExist, sqsError } from './errors';
import { md5Hex, md5OfMessageAttributes, type MessageAttributeValue } from './digest';

export type MessageAttributes = Record<string, MessageAttributeValue>;

export interface StoredMessage {
  id: string;
  body: string;
  md5OfBody: string;
  attributes?: MessageAttributes;
  md5OfAttributes?: string;
  systemAttributes?: MessageAttributes;
  sentAt: number;
  /** ms since epoch from which the message may be received (delay, then each visibility timeout). */
  visibleAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  /** The handle of the latest receive; older handles no longer act on the message. */
  receiptHandle?: string;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
}

export interface StoredQueue {
  name: string;
  region: string;
  createdAt: number;
  modifiedAt: number;
  /** Settable attributes (strings, as on the wire), defaults filled in. */
  attributes: Record<string, string>;
  tags: Record<string, string>;
  /** When the queue was last purged (ms since epoch): SQS allows one PurgeQueue per 60 s. */
  purgedAt?: number;
  messages: StoredMessage[];
}

/** What a state directory keeps of SQS: the queues, and the names deleted within the cooldown. */
export interface SqsSnapshot {
  queues: StoredQueue[];
  /** `<region>/<name>` -> ms since epoch of its deletion, while CreateQueue of that name is still refused. */
  deletedAt: Record<string, number>;
}

/** SQS's timed contract rules, in real milliseconds (already time-scaled). */
export interface SqsCooldowns {
  /** After DeleteQueue, how long CreateQueue of the same name is refused with QueueDeletedRecently. */
  queueNameMs: number;
  /** After PurgeQueue, how long another PurgeQueue of the queue is refused with PurgeQueueInProgress. */
  purgeMs: number;
}

export interface Queue extends Omit<StoredQueue, 'messages'> {
  /** In send order; a Map so deletes by id are cheap. */
  messages: Map<string, StoredMessage>;
}

export interface SendInput {
  MessageBody?: string;
  DelaySeconds?: number;
  MessageAttributes?: MessageAttributes;
  MessageSystemAttributes?: MessageAttributes;
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
}

export interface SendResult {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  SequenceNumber?: string;
}

export interface ReceiveOptions {
  maxMessages: number;
  waitSeconds: number;
  visibilityTimeout?: number;
}

/** SQS's values for the attributes a queue is created without (CreateQueue, Amazon SQS API Reference). */
export const DEFAULT_ATTRIBUTES: Readonly<Record<string, string>> = {
  DelaySeconds: '0',
  MaximumMessageSize: '1048576',
  MessageRetentionPeriod: '345600',
  ReceiveMessageWaitTimeSeconds: '0',
  VisibilityTimeout: '30',
  SqsManagedSseEnabled: 'true',
};

/** Settable attributes with their allowed integer ranges (undefined: free text or boolean). */
const SETTABLE: Record<string, [number, number] | undefined> = {
  DelaySeconds: [0, 900],
  MaximumMessageSize: [1024, 1048576],
  MessageRetentionPeriod: [60, 1209600],
  ReceiveMessageWaitTimeSeconds: [0, 20],
  VisibilityTimeout: [0, 43200],
  KmsDataKeyReusePeriodSeconds: [60, 86400],
  Policy: undefined,
  RedrivePolicy: undefined,
  RedriveAllowPolicy: undefined,
  KmsMasterKeyId: undefined,
  SqsManagedSseEnabled: undefined,
  FifoQueue: undefined,
  ContentBasedDeduplication: undefined,
  DeduplicationScope: undefined,
  FifoThroughputLimit: undefined,
};

const COMPUTED = [
  'QueueArn',
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
];

export const MAX_VISIBILITY_TIMEOUT = 43200;

// Characters SQS accepts in a body: #x9 #xA #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF.
// eslint-disable-next-line no-control-regex -- naming the allowed control characters is the point
const INVALID_BODY_CHARACTER = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}$/;
/** A FIFO queue's name: the same characters, and the `.fifo` suffix counts towards the 80. */
const FIFO_QUEUE_NAME = /^[A-Za-z0-9_-]{1,75}\.fifo$/;
/** SQS's wording (CreateQueue, InvalidParameterValue) for a name outside the limits. */
const QUEUE_NAME_LIMITS = 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length';
const FIFO_QUEUE_NAME_LIMITS =
  'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.';

export function queueArn(region: string, accountId: string, name: string): string {
  return `arn:aws:sqs:${region}:${accountId}:${name}`;
}

/** Queue URLs already parsed (every message operation names its queue by URL); bounded, it is a cache only. */
const namesOfUrls = new Map<string, string | undefined>();
const NAMES_OF_URLS_MAX = 1000;

/** The queue name in `<endpoint>/<account>/<name>` (any host: clients may reach us by another name), or a bare name. */
export function queueNameOf(urlOrName: string): string | undefined {
  if (QUEUE_NAME.test(urlOrName) || FIFO_QUEUE_NAME.test(urlOrName)) return urlOrName;
  if (namesOfUrls.has(urlOrName)) return namesOfUrls.get(urlOrName);
  let name: string | undefined;
  try {
    const segments = new URL(urlOrName).pathname.split('/').filter(Boolean);
    name = segments.length === 2 ? segments[1] : undefined;
  } catch {
    name = undefined;
  }
  if (namesOfUrls.size >= NAMES_OF_URLS_MAX) namesOfUrls.clear();
  namesOfUrls.set(urlOrName, name);
  return name;
}

function newReceiptHandle(messageId: string): string {
  return Buffer.from(`${messageId} ${randomUUID()}`).toString('base64');
}

/** The message id inside a handle this endpoint issued, or undefined for anything else. */
export function messageIdOfHandle(handle: string): string | undefined {
  const [id, nonce, extra] = Buffer.from(handle, 'base64').toString('utf8').split(' ');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  return extra === undefined && uuid.test(id ?? '') && uuid.test(nonce ?? '') ? id : undefined;
}

export class SqsModel {
  private readonly queues = new Map<string, Queue>();
  /** Names deleted within the cooldown (`<region>/<name>` -> when), which CreateQueue refuses. */
  private readonly deletedAt = new Map<string, number>();
  /** Long polls waiting on a queue, woken by anything that can make a message visible. */
  private readonly waiters = new Map<Queue, Set<() => void>>();
  private closed = false;
  private sequence = 0;

  constructor(
    private readonly accountId: string,
    private readonly onChange: () => void = () => undefined,
    private readonly cooldowns: SqsCooldowns = { queueNameMs: 0, purgeMs: 0 },
  ) {}

  private key(region: string, name: string): string {
    return `${region}/${name}`;
  }

  // ---- queues ----

  createQueue(region: string, name: string, attributes: Record<string, string> = {}, tags: Record<string, string> = {}): Queue {
    // A queue is FIFO only when asked for (FifoQueue=true); a standard queue's name cannot hold the '.'.
    const fifo = attributes.FifoQueue === 'true';
    if (fifo ? !FIFO_QUEUE_NAME.test(name) : !QUEUE_NAME.test(name)) throw invalidParameter(fifo ? FIFO_QUEUE_NAME_LIMITS : QUEUE_NAME_LIMITS);
    this.validateAttributes(attributes);
    if (this.deletedRecently(region, name)) {
      throw sqsError('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.');
    }
    const existing = this.queues.get(this.key(region, name));
    if (existing) {
      for (const [attribute, value] of Object.entries(attributes)) {
        if ((existing.attributes[attribute] ?? '') !== value) {
          throw sqsError('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${attribute}`);
        }
      }
      return existing;
    }
    const now = Date.now();
    const queue: Queue = {
      name,
      region,
      createdAt: now,
      modifiedAt: now,
      attributes: { ...DEFAULT_ATTRIBUTES, ...attributes },
      tags: { ...tags },
      messages: new Map(),
    };
    this.queues.set(this.key(region, name), queue);
    this.onChange();
    return queue;
  }

  findQueue(region: string, urlOrName: string): Queue | undefined {
    const name = queueNameOf(urlOrName);
    return name ? this.queues.get(this.key(region, name)) : undefined;
  }

  requireQueue(region: string, urlOrName: string): Queue {
    const queue = this.findQueue(region, urlOrName);
    if (!queue) throw queueDoesNotExist();
    return queue;
  }

  listQueues(region: string, prefix = ''): Queue[] {
    return [...this.queues.values()].filter((q) => q.region === region && q.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  }

  deleteQueue(queue: Queue): void {
    const key = this.key(queue.region, queue.name);
    this.queues.delete(key);
    if (this.cooldowns.queueNameMs > 0) this.deletedAt.set(key, Date.now());
    this.wake(queue);
    this.onChange();
  }

  /** Whether the name was deleted within the cooldown; forgets deletions older than that. */
  private deletedRecently(region: string, name: string): boolean {
    const key = this.key(region, name);
    const at = this.deletedAt.get(key);
    if (at === undefined) return false;
    if (Date.now() - at < this.cooldowns.queueNameMs) return true;
    this.deletedAt.delete(key);
    return false;
  }

  purgeQueue(queue: Queue): void {
    const now = Date.now();
    if (queue.purgedAt !== undefined && now - queue.purgedAt < this.cooldowns.purgeMs) {
      throw sqsError('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queue.name} is allowed every 60 seconds.`);
    }
    queue.purgedAt = now;
    queue.messages.clear();
    this.onChange();
  }

  arnOf(queue: Queue): string {
    return queueArn(queue.region, this.accountId, queue.name);
  }

  private validateAttributes(attributes: Record<string, string>): void {
    for (const [name, value] of Object.entries(attributes)) {
      if (!(name in SETTABLE)) throw sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
      const range = SETTABLE[name];
      const number = Number(value);
      if (range && (!/^\d+$/.test(value) || number < range[0] || number > range[1])) {
        throw sqsError('InvalidAttributeValue', `Invalid value for the parameter ${name}.`);
      }
      if (name === 'RedrivePolicy' && value !== '') {
        try {
          const policy = JSON.parse(value) as { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown };
          if (typeof policy.deadLetterTargetArn !== 'string' || !(Number(policy.maxReceiveCount) >= 1)) throw new Error('shape');
        } catch {
          throw sqsError('InvalidAttributeValue', `Value ${value} for parameter RedrivePolicy is invalid. Reason: Redrive policy is not a valid JSON map with deadLetterTargetArn and maxReceiveCount.`);
        }
      }
    }
  }

  getAttributes(queue: Queue, names: string[]): Record<string, string> {
    const wanted = names.includes('All') ? [...COMPUTED, ...Object.keys(queue.attributes)] : names;
    const now = Date.now();
    let visible = 0;
    let inFlight = 0;
    let delayed = 0;
    for (const message of queue.messages.values()) {
      if (message.visibleAt <= now) visible++;
      else if (message.receiveCount > 0) inFlight++;
      else delayed++;
    }
    const computed: Record<string, string> = {
      QueueArn: this.arnOf(queue),
      ApproximateNumberOfMessages: String(visible),
      ApproximateNumberOfMessagesNotVisible: String(inFlight),
      ApproximateNumberOfMessagesDelayed: String(delayed),
      CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
      LastModifiedTimestamp: String(Math.floor(queue.modifiedAt / 1000)),
    };
    const out: Record<string, string> = {};
    for (const name of wanted) {
      if (name in computed) out[name] = computed[name];
      else if (name in queue.attributes) out[name] = queue.attributes[name];
      else if (!(name in SETTABLE)) throw sqsError('InvalidAttributeName', `Unknown Attribute ${name}.`);
    }
    return out;
  }

  setAttributes(queue: Queue, attributes: Record<string, string>): void {
    this.validateAttributes(attributes);
    for (const [name, value] of Object.entries(attributes)) {
      // An empty value clears optional policies, as on AWS.
      if (value === '' && !(name in DEFAULT_ATTRIBUTES)) delete queue.attributes[name];
      else queue.attributes[name] = value;
    }
    queue.modifiedAt = Date.now();
    this.wake(queue);
    this.onChange();
  }

  tagQueue(queue: Queue, tags: Record<string, string>): void {
    Object.assign(queue.tags, tags);
    this.onChange();
  }

  untagQueue(queue: Queue, keys: string[]): void {
    for (const key of keys) delete queue.tags[key];
    this.onChange();
  }

  /** Queues whose redrive policy names this one as their dead-letter queue. */
  deadLetterSources(queue: Queue): Queue[] {
    const arn = this.arnOf(queue);
    return [...this.queues.values()].filter((q) => this.redrivePolicy(q)?.deadLetterTargetArn === arn);
  }

  private redrivePolicy(queue: Queue): { deadLetterTargetArn: string; maxReceiveCount: number } | undefined {
    const text = queue.attributes.RedrivePolicy;
    if (!text) return undefined;
    const policy = JSON.parse(text) as { deadLetterTargetArn: string; maxReceiveCount: number | string };
    return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: Number(policy.maxReceiveCount) };
  }

  // ---- messages ----

  send(queue: Queue, input: SendInput): SendResult {
    const body = input.MessageBody;
    if (body === undefined || body === '') throw sqsError('MissingParameter', 'The request must contain the parameter MessageBody.');
    if (INVALID_BODY_CHARACTER.test(body)) {
      throw sqsError('InvalidMessageContents', 'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF');
    }
    const maxSize = Number(queue.attributes.MaximumMessageSize);
    if (Buffer.byteLength(body) > maxSize) {
      throw invalidParameter(`One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`);
    }
    const delay = input.DelaySeconds ?? Number(queue.attributes.DelaySeconds);
    if (!Number.isInteger(delay) || delay < 0 || delay > 900) {
      throw invalidParameter(`Value ${delay} for parameter DelaySeconds is invalid. Reason: must be between 0 and 900, if provided.`);
    }
    const attributes = validateMessageAttributes(input.MessageAttributes);
    const fifo = queue.attributes.FifoQueue === 'true';
    if (fifo && !input.MessageGroupId) throw sqsError('MissingParameter', 'The request must contain the parameter MessageGroupId.');
    const now = Date.now();
    const message: StoredMessage = {
      id: randomUUID(),
      body,
      md5OfBody: md5Hex(body),
      attributes,
      md5OfAttributes: md5OfMessageAttributes(attributes),
      systemAttributes: input.MessageSystemAttributes,
      sentAt: now,
      visibleAt: now + delay * 1000,
      receiveCount: 0,
      groupId: input.MessageGroupId,
      deduplicationId: input.MessageDeduplicationId,
      sequenceNumber: fifo ? String(++this.sequence).padStart(20, '0') : undefined,
    };
    queue.messages.set(message.id, message);
    this.wake(queue);
    this.onChange();
    return {
      MessageId: message.id,
      MD5OfMessageBody: message.md5OfBody,
      MD5OfMessageAttributes: message.md5OfAttributes,
      MD5OfMessageSystemAttributes: md5OfMessageAttributes(message.systemAttributes),
      SequenceNumber: message.sequenceNumber,
    };
  }

  /**
   * Receives up to maxMessages, long polling up to waitSeconds for the first one to become visible.
   * Stops (with nothing) when `signal` aborts: messages are never taken for a caller that has gone.
   */
  async receive(queue: Queue, options: ReceiveOptions, signal?: AbortSignal): Promise<StoredMessage[]> {
    const deadline = Date.now() + options.waitSeconds * 1000;
    for (;;) {
      if (this.closed || signal?.aborted || !this.queues.has(this.key(queue.region, queue.name))) return [];
      const received = this.takeVisible(queue, options);
      if (received.length > 0) {
        this.onChange();
        return received;
      }
      const now = Date.now();
      if (now >= deadline) return [];
      await this.changeOrTimeout(queue, Math.min(deadline, this.nextVisibleAt(queue) ?? deadline) - now, signal);
    }
  }

  private takeVisible(queue: Queue, options: ReceiveOptions): StoredMessage[] {
    const now = Date.now();
    const visibility = options.visibilityTimeout ?? Number(queue.attributes.VisibilityTimeout);
    const redrive = this.redrivePolicy(queue);
    const out: StoredMessage[] = [];
    for (const message of queue.messages.values()) {
      if (out.length >= options.maxMessages) break;
      if (message.visibleAt > now) continue;
      if (redrive && message.receiveCount >= redrive.maxReceiveCount && this.moveToDeadLetter(queue, message, redrive.deadLetterTargetArn)) continue;
      message.receiveCount++;
      message.firstReceivedAt ??= now;
      message.visibleAt = now + visibility * 1000;
      message.receiptHandle = newReceiptHandle(message.id);
      out.push(message);
    }
    return out;
  }

  private moveToDeadLetter(queue: Queue, message: StoredMessage, targetArn: string): boolean {
    const target = [...this.queues.values()].find((q) => this.arnOf(q) === targetArn);
    if (!target || target === queue) return false;
    queue.messages.delete(message.id);
    target.messages.set(message.id, { ...message, visibleAt: Date.now(), receiptHandle: undefined });
    this.wake(target);
    return true;
  }

  private nextVisibleAt(queue: Queue): number | undefined {
    let next: number | undefined;
    for (const message of queue.messages.values()) if (next === undefined || message.visibleAt < next) next = message.visibleAt;
    return next;
  }

  /** Resolves when the queue changes, after `ms`, when the model closes or the signal aborts, whichever is first. */
  private changeOrTimeout(queue: Queue, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiters.get(queue) ?? new Set<() => void>();
      this.waiters.set(queue, waiters);
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        waiters.delete(done);
        if (waiters.size === 0) this.waiters.delete(queue);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal?.addEventListener('abort', done, { once: true });
      waiters.add(done);
    });
  }

  private wake(queue: Queue): void {
    for (const waiter of [...(this.waiters.get(queue) ?? [])]) waiter();
  }

  /** Deletes the message the handle was issued for, if that handle is still its latest (AWS ignores stale ones). */
  deleteMessage(queue: Queue, handle: string): void {
    const message = this.messageFor(queue, handle);
    if (message && message.receiptHandle === handle) {
      queue.messages.delete(message.id);
      this.onChange();
    }
  }

  changeVisibility(queue: Queue, handle: string, seconds: number): void {
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_VISIBILITY_TIMEOUT) {
      throw invalidParameter(`Value ${seconds} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and ${MAX_VISIBILITY_TIMEOUT}.`);
    }
    const message = this.messageFor(queue, handle);
    if (!message || message.receiptHandle !== handle) {
      throw invalidParameter(`Value ${handle} for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout change.`);
    }
    const now = Date.now();
    if (message.visibleAt <= now) throw sqsError('MessageNotInflight', 'Message is not in flight.');
    message.visibleAt = now + seconds * 1000;
    if (seconds === 0) this.wake(queue);
    this.onChange();
  }

  private messageFor(queue: Queue, handle: string): StoredMessage | undefined {
    const id = messageIdOfHandle(handle);
    if (!id) throw sqsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`);
    return queue.messages.get(id);
  }

  // ---- lifecycle ----

  /** Ends every long poll at once (they answer with no messages). */
  close(): void {
    this.closed = true;
    for (const queue of [...this.waiters.keys()]) this.wake(queue);
  }

  snapshot(): SqsSnapshot {
    const deletedAt: Record<string, number> = {};
    for (const [key, at] of this.deletedAt) if (Date.now() - at < this.cooldowns.queueNameMs) deletedAt[key] = at;
    return { queues: [...this.queues.values()].map((queue) => ({ ...queue, messages: [...queue.messages.values()] })), deletedAt };
  }

  /** Takes a snapshot of this version, or the bare queue list earlier versions wrote. */
  restore(snapshot: unknown): void {
    this.queues.clear();
    this.deletedAt.clear();
    const stored = (Array.isArray(snapshot) ? { queues: snapshot as StoredQueue[], deletedAt: {} } : (snapshot as SqsSnapshot | undefined)) ?? { queues: [], deletedAt: {} };
    for (const queue of stored.queues ?? []) {
      this.queues.set(this.key(queue.region, queue.name), { ...queue, messages: new Map(queue.messages.map((m) => [m.id, m])) });
      for (const message of queue.messages) {
        const sequence = Number(message.sequenceNumber ?? 0);
        if (sequence > this.sequence) this.sequence = sequence;
      }
    }
    for (const [key, at] of Object.entries(stored.deletedAt ?? {})) if (typeof at === 'number') this.deletedAt.set(key, at);
  }
}

/** At most 10 attributes, each with a data type and a value of that type. */
function validateMessageAttributes(attributes: MessageAttributes | undefined): MessageAttributes | undefined {
  if (!attributes || Object.keys(attributes).length === 0) return undefined;
  const names = Object.keys(attributes);
  if (names.length > 10) throw invalidParameter(`Number of message attributes [${names.length}] exceeds the allowed maximum [10].`);
  for (const name of names) {
    const { DataType, StringValue, BinaryValue } = attributes[name] ?? {};
    if (!DataType) throw invalidParameter(`The message attribute '${name}' must contain non-empty message attribute type.`);
    const base = DataType.split('.')[0];
    if (!['String', 'Number', 'Binary'].includes(base)) {
      throw invalidParameter(`The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
    }
    const value = base === 'Binary' ? BinaryValue : StringValue;
    if (value === undefined || value === '') {
      throw invalidParameter(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
    }
    if (base === 'Number' && !Number.isFinite(Number(value))) {
      throw invalidParameter(`Can't cast the value of message (user) attribute '${name}' to a number.`);
    }
  }
  return attributes;
}
