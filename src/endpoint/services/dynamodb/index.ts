// DynamoDB is dynalite, in-process: its request listener serves the endpoint's port directly (dynalite's
// own server never listens), in memory or on disk under <stateDir>/dynamodb. dynalite (LevelDB and
// all) is loaded on the first DynamoDB call, so an endpoint starts, and answers other services, sooner.
import { mkdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { DynaliteStore } from 'dynalite/db/index.js';
import { bodyLimit, dynamoDbErrorBody, dynamoDbRequestError, readBody } from '../../limits';
import { jsonError } from '../../protocol/json';
import { AwsError, type DynamoDbBackend, type EndpointSettings, type RawHandler, type ServiceInstance } from '../../types';
import { callListener, errorFromBody, replay, SIGNED_HEADERS, type ListenerResponse } from './in-process';
import { cacheTableDefinitions } from './table-cache';

/** Operations answered here rather than by dynalite (kept apart so dynalite's internals load lazily). */
const TRANSACTION_OPERATIONS = ['TransactWriteItems', 'TransactGetItems'];
/** What dynalite implements (its own list); anything else is answered here with an error naming it. */
const DYNALITE_OPERATIONS = [
  'BatchGetItem', 'BatchWriteItem', 'CreateTable', 'DeleteItem', 'DeleteTable', 'DescribeTable', 'DescribeTimeToLive', 'GetItem',
  'ListTables', 'PutItem', 'Query', 'Scan', 'TagResource', 'UntagResource', 'ListTagsOfResource', 'UpdateItem', 'UpdateTable',
];

/** dynalite answers unknown operations with a bare code; AWS-shaped and naming the operation is more use. */
function unknownOperation(operation: string): ListenerResponse {
  return {
    status: 400,
    body: JSON.stringify({
      __type: 'com.amazon.coral.service#UnknownOperationException',
      message: `DynamoDB operation ${operation || '(none)'} is not implemented by the local endpoint (it serves ${[...DYNALITE_OPERATIONS, ...TRANSACTION_OPERATIONS].join(', ')})`,
    }),
  };
}

interface Dynalite {
  listener: RawHandler;
  store: DynaliteStore;
  /** TransactWriteItems / TransactGetItems, which dynalite itself lacks. */
  transactions: typeof import('./transactions');
}

/**
 * Creates dynalite and keeps hold of its store. dynalite closes its LevelDB only from its server's
 * close(), which fails before reaching the database when the server never listened; an on-disk store
 * left open keeps its lock, so a restart in the same process could not reopen it. Capturing the store
 * as dynalite creates it lets close() release it.
 */
async function createDynalite(path: string | undefined): Promise<Dynalite> {
  const [{ default: dynalite }, { default: dynaliteDb }, transactions] = await Promise.all([
    import('dynalite'),
    import('dynalite/db/index.js'),
    import('./transactions'),
  ]);
  const create = dynaliteDb.create;
  let store: DynaliteStore | undefined;
  dynaliteDb.create = (options) => (store = create(options));
  try {
    // Tables become ACTIVE at once: CloudFormation and the SDK waiters need no artificial delay.
    const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(path ? { path } : {}) });
    const listener = server.listeners('request')[0] as RawHandler | undefined;
    if (!listener || !store) throw new Error('dynalite did not expose its request listener and store');
    cacheTableDefinitions(store);
    return { listener, store, transactions };
  } finally {
    dynaliteDb.create = create;
  }
}

/**
 * The wire handler: reads the body here, then replays it to dynalite (see replay()). A client hanging
 * up mid-body simply gets no answer. Unsigned callers (routed here by X-Amz-Target) get the SigV4-shaped
 * headers dynalite insists on, since the endpoint checks no signatures.
 */
function wireHandler(load: () => Promise<Dynalite>, call: (operation: string, body: string) => Promise<ListenerResponse>): RawHandler {
  return (req, res) => {
    // The endpoint's limits first: a body over 16 MB, or nested past 32 levels, never reaches dynalite.
    readBody(req, bodyLimit('dynamodb', undefined, '/')).then((body) => {
      const refusal = dynamoDbRequestError(body);
      if (refusal) {
        const answer = dynamoDbErrorBody(refusal);
        res.writeHead(answer.status, answer.headers).end(answer.body);
        return;
      }
      const url = req.url ?? '/';
      const signed = req.headers.authorization !== undefined || url.includes('X-Amz-Algorithm=');
      const headers = signed ? req.headers : { ...SIGNED_HEADERS, ...req.headers };
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      // Transactions (built here) and operations dynalite lacks (an error naming them) are answered here.
      if (req.method === 'POST' && !DYNALITE_OPERATIONS.includes(operation)) {
        call(operation, body.toString('utf8')).then(
          (response) => res.writeHead(response.status, { 'content-type': 'application/x-amz-json-1.0' }).end(response.body),
          (error: unknown) => unavailable(res, error),
        );
        return;
      }
      load().then(
        ({ listener }) => replay(listener, { method: req.method ?? 'POST', url, headers }, body, res),
        (error: unknown) => unavailable(res, error),
      );
    }, (error: unknown) => {
      // A client hanging up mid-body simply gets no answer.
      if (!(error instanceof AwsError) || res.destroyed) return;
      const answer = dynamoDbErrorBody(error);
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  };
}

function unavailable(res: ServerResponse, error: unknown): void {
  const response = jsonError(new AwsError('InternalFailure', `DynamoDB (dynalite) failed: ${(error as Error).message}`, 500, 'Receiver'), 'com.amazon.coral.service');
  res.writeHead(response.status, response.headers).end(response.body);
}

export function createDynamoDbService(settings: EndpointSettings): ServiceInstance<DynamoDbBackend> {
  let path: string | undefined;
  if (settings.stateDir) {
    path = join(settings.stateDir, 'dynamodb');
    mkdirSync(path, { recursive: true });
  }
  let loading: Promise<Dynalite> | undefined;
  const load = (): Promise<Dynalite> =>
    (loading ??= createDynalite(path).then((loaded) => {
      // dynalite takes the account for table ARNs from AWS_ACCOUNT_ID; the endpoint's account is fixed.
      loaded.store.tableDb.awsAccountId = settings.accountId;
      return loaded;
    }));
  const call = async (operation: string, body: string): Promise<ListenerResponse> => {
    // Other services' items (a task's output) meet the same nesting limit as the wire's.
    const refusal = dynamoDbRequestError(body);
    if (refusal) return dynamoDbErrorBody(refusal);
    const { listener, store, transactions } = await load();
    if (TRANSACTION_OPERATIONS.includes(operation)) {
      return transactions.runTransaction(operation, body, store, (get) => callListener(listener, 'GetItem', get));
    }
    if (!DYNALITE_OPERATIONS.includes(operation)) return unknownOperation(operation);
    return callListener(listener, operation, body);
  };

  const backend: DynamoDbBackend = {
    // dynalite keeps one namespace for all regions, as a single-region emulator.
    async call(operation, input) {
      const response = await call(operation, JSON.stringify(input));
      if (response.status !== 200) throw errorFromBody(response.status, response.body);
      return JSON.parse(response.body) as Record<string, unknown>;
    },
  };

  return {
    rawHandler: wireHandler(load, call),
    // Used only by callers holding an already-read request: replays it through the same listener.
    handler: {
      service: 'dynamodb',
      async handle(request) {
        const response = await call(request.target ?? '', request.body.toString('utf8'));
        return { status: response.status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: response.body };
      },
    },
    backend,
    // Nothing to release if no DynamoDB call was ever made.
    async close() {
      const loaded = await loading?.catch(() => undefined);
      if (!loaded) return;
      await new Promise<void>((resolve, reject) => loaded.store.db.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
