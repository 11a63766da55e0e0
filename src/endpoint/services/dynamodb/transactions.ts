// TransactWriteItems and TransactGetItems, which dynalite lacks, built from dynalite's own parts: every
// action is validated as its single-item operation would be, every condition is checked against the
// current items before anything is written, and only then are the writes applied, one by one. So a
// failed condition cancels the whole transaction with AWS's per-item CancellationReasons. (Writes from
// other callers may interleave with the apply phase: isolation is not emulated.)
import db from 'dynalite/db/index.js';
import validations from 'dynalite/validations/index.js';
import putValidation from 'dynalite/validations/putItem.js';
import updateValidation from 'dynalite/validations/updateItem.js';
import deleteValidation from 'dynalite/validations/deleteItem.js';
import putItem from 'dynalite/actions/putItem.js';
import updateItem from 'dynalite/actions/updateItem.js';
import deleteItem from 'dynalite/actions/deleteItem.js';
import type { Action, DynaliteError, Store, Table, Validation } from 'dynalite/db/internals';
import type { ListenerResponse } from './in-process';

type Json = Record<string, unknown>;

const NAMESPACE = 'com.amazonaws.dynamodb.v20120810';
const MAX_ACTIONS = 100;

interface Kind {
  validation: Validation;
  /** Undefined for ConditionCheck, which only checks. */
  action?: Action;
  /** The member holding the item's key attributes. */
  keyFrom: 'Key' | 'Item';
}

const KINDS: Record<string, Kind> = {
  Put: { validation: putValidation, action: putItem, keyFrom: 'Item' },
  Update: { validation: updateValidation, action: updateItem, keyFrom: 'Key' },
  Delete: { validation: deleteValidation, action: deleteItem, keyFrom: 'Key' },
  // A condition on one item: validated like a DeleteItem (Key, ConditionExpression), never applied.
  ConditionCheck: { validation: deleteValidation, keyFrom: 'Key' },
};

class Failure extends Error {
  constructor(readonly status: number, readonly body: Json) {
    super(String(body.message ?? body.Message ?? body.__type));
  }
}

const validationError = (message: string): Failure => new Failure(400, { __type: 'com.amazon.coral.validate#ValidationException', message });

function fromDynalite(error: DynaliteError): Failure {
  if (error.statusCode && error.body) return new Failure(error.statusCode, error.body);
  throw error;
}

function call<T>(run: (callback: (error: DynaliteError | null | undefined, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));
}

interface Planned {
  kind: Kind;
  data: Json;
  table: Table;
  key: string;
}

/** Validates one TransactItem and finds its table and item key. */
async function plan(store: Store, entry: Json): Promise<Planned> {
  const names = Object.keys(entry ?? {}).filter((name) => entry[name] != null);
  if (names.length !== 1 || !KINDS[names[0]]) {
    throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
  }
  const kind = KINDS[names[0]];
  let data: Json;
  try {
    data = validations.checkTypes({ ...(entry[names[0]] as Json) }, kind.validation.types);
    validations.checkValidations(data, kind.validation.types, kind.validation.custom, store);
  } catch (error) {
    throw fromDynalite(error as DynaliteError);
  }
  const table = await call<Table>((done) => store.getTable(String(data.TableName), done)).catch((error: DynaliteError) => {
    throw fromDynalite(error);
  });
  const invalid = kind.keyFrom === 'Key' ? db.validateKey(data.Key, table) : undefined;
  if (invalid) throw fromDynalite(invalid);
  return { kind, data, table, key: `${table.TableName}/${db.createKey(data[kind.keyFrom], table)}` };
}

/** The item as stored now, or undefined. */
async function current(store: Store, planned: Planned): Promise<Json | undefined> {
  const key = db.createKey(planned.data[planned.kind.keyFrom], planned.table);
  return call<Json>((done) => store.getItemDb(planned.table.TableName).get(key, done)).catch((error: DynaliteError) => {
    if (error.name === 'NotFoundError') return undefined;
    throw error;
  });
}

async function transactWrite(store: Store, input: Json): Promise<Json> {
  const entries = input.TransactItems;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ACTIONS) {
    throw validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_ACTIONS}`);
  }
  const planned: Planned[] = [];
  for (const entry of entries as Json[]) planned.push(await plan(store, entry));
  if (new Set(planned.map((p) => p.key)).size !== planned.length) {
    throw validationError('Transaction request cannot include multiple operations on one item');
  }

  const reasons: Json[] = [];
  for (const item of planned) {
    const failed = db.checkConditional(item.data, await current(store, item));
    reasons.push(failed ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' } : { Code: 'None' });
  }
  if (reasons.some((reason) => reason.Code !== 'None')) {
    throw new Failure(400, {
      __type: `${NAMESPACE}#TransactionCanceledException`,
      message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
      CancellationReasons: reasons,
    });
  }

  for (const item of planned) {
    if (!item.kind.action) continue;
    // Conditions were checked above; applying without them keeps a passed check from failing now.
    const data: Json = { ...item.data, _condition: undefined, ConditionExpression: undefined, Expected: undefined };
    await call<Json>((done) => item.kind.action?.(store, data, done)).catch((error: DynaliteError) => {
      throw fromDynalite(error);
    });
  }
  return {};
}

async function transactGet(store: Store, input: Json, getItem: (body: string) => Promise<ListenerResponse>): Promise<Json> {
  const entries = input.TransactItems;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ACTIONS) {
    throw validationError(`1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_ACTIONS}`);
  }
  const responses: Json[] = [];
  for (const entry of entries as Json[]) {
    const response = await getItem(JSON.stringify((entry ?? {}).Get ?? {}));
    const body = JSON.parse(response.body) as Json;
    if (response.status !== 200) throw new Failure(response.status, body);
    responses.push(body.Item ? { Item: body.Item } : {});
  }
  return { Responses: responses };
}

/** Runs a transaction operation and answers as the wire would: status and JSON body. */
export async function runTransaction(
  operation: string,
  body: string,
  store: Store,
  getItem: (body: string) => Promise<ListenerResponse>,
): Promise<ListenerResponse> {
  try {
    let input: Json;
    try {
      input = JSON.parse(body) as Json;
    } catch {
      throw new Failure(400, { __type: 'com.amazon.coral.service#SerializationException' });
    }
    const output = operation === 'TransactWriteItems' ? await transactWrite(store, input) : await transactGet(store, input, getItem);
    return { status: 200, body: JSON.stringify(output) };
  } catch (error) {
    if (error instanceof Failure) return { status: error.status, body: JSON.stringify(error.body) };
    throw error;
  }
}
