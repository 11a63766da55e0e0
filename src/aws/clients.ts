// AWS SDK v3 clients for one run: region, optional endpoint, adaptive retries (each one logged and counted);
// credentials from the default chain. Imported only by the operations (loaded after the inputs are valid), so a bad
// input never loads the SDK.
import * as core from '@actions/core';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';

/** The action's name and version (package.json's; a unit test keeps the two equal). */
export const ACTION_NAME = 'stepfunctions-message-pump-action';
export const ACTION_VERSION = '0.1.0';

/**
 * Added to every request's User-Agent, so the calls this action makes can be told apart in CloudTrail
 * (userAgent field) and by AWS Support from those of other tools using the same credentials.
 */
export const CUSTOM_USER_AGENT: [string, string][] = [[ACTION_NAME, ACTION_VERSION]];

export interface ClientConfig {
  region: string;
  /** An http(s) URL; undefined for AWS itself. */
  endpoint?: string;
}

/** The SDK's retries made through one set of clients, so a step can say how many it needed. */
export class RetryLog {
  total = 0;
  readonly byOperation: Record<string, number> = {};

  record(operation: string): void {
    this.total += 1;
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
  }
}

/** What the client's error says, in one line: "ThrottlingException (HTTP 400): Rate exceeded". */
function describeAttemptError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const code = (err as { code?: string }).code;
  const message = err.message.split('\n')[0];
  return `${err.name}${code && code !== err.name ? ` ${code}` : ''}${status ? ` (HTTP ${status})` : ''}${message && message !== err.name ? `: ${message}` : ''}`;
}

type Handler = (args: unknown) => Promise<unknown>;
interface HandlerContext {
  clientName?: string;
  commandName?: string;
}
export const RETRY_LOG_MIDDLEWARE = 'message-pump-retry-log';

/**
 * Sits inside the SDK's retry middleware, so it sees every attempt of a command: an attempt after the first is a
 * retry, logged as a warning naming the operation, the attempt and the error the previous attempt got, and counted.
 */
export function addRetryLog(client: { middlewareStack: { addRelativeTo: (...args: never[]) => void } }, log: RetryLog, maxAttempts: number): void {
  const state = new WeakMap<object, { attempts: number; lastError?: unknown }>();
  const middleware =
    (next: Handler, context: HandlerContext) =>
    async (args: unknown): Promise<unknown> => {
      const seen = state.get(context) ?? { attempts: 0 };
      state.set(context, seen);
      seen.attempts += 1;
      const operation = `${(context.clientName ?? 'AWS').replace(/Client$/, '')} ${context.commandName?.replace(/Command$/, '') ?? 'call'}`;
      if (seen.attempts > 1) {
        log.record(operation);
        core.warning(`AWS SDK retry: ${operation} attempt ${seen.attempts} of ${maxAttempts}, after ${describeAttemptError(seen.lastError)}`);
      }
      try {
        return await next(args);
      } catch (err) {
        seen.lastError = err;
        throw err;
      }
    };
  (client.middlewareStack.addRelativeTo as (m: unknown, o: unknown) => void)(middleware, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: RETRY_LOG_MIDDLEWARE,
  });
}

export interface Clients {
  readonly cloudformation: CloudFormationClient;
  readonly sfn: SFNClient;
  readonly dynamodb: DynamoDBClient;
  /** Document client over `dynamodb` (marshalling with removeUndefinedValues). */
  readonly documents: DynamoDBDocumentClient;
  readonly sqs: SQSClient;
  /** Every SDK retry these clients made (each also logged as a warning). */
  readonly retries: RetryLog;
}

/** Attempts the SDK makes of one command (the first and up to four retries). */
export const MAX_ATTEMPTS = 5;

/** Clients are made on first use, so an operation pays only for the services it calls. */
export function createClients(config: ClientConfig): Clients {
  const common = {
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    retryMode: 'adaptive' as const,
    maxAttempts: MAX_ATTEMPTS,
    customUserAgent: CUSTOM_USER_AGENT,
  };
  const retries = new RetryLog();
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) {
      const client = make();
      // The document client shares the DynamoDB client's middleware stack, which already logs.
      if (key !== 'documents') addRetryLog(client as never, retries, MAX_ATTEMPTS);
      cache.set(key, client);
    }
    return cache.get(key) as T;
  };
  const clients: Clients = {
    get cloudformation() {
      return once('cloudformation', () => new CloudFormationClient(common));
    },
    get sfn() {
      return once('sfn', () => new SFNClient(common));
    },
    get dynamodb() {
      return once('dynamodb', () => new DynamoDBClient(common));
    },
    get documents() {
      return once('documents', () =>
        DynamoDBDocumentClient.from(clients.dynamodb, { marshallOptions: { removeUndefinedValues: true } }),
      );
    },
    get sqs() {
      return once('sqs', () => new SQSClient(common));
    },
    retries,
  };
  return clients;
}
