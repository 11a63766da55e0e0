// Test support for the CloudFormation service: in-memory fake backends and a one-service HTTP server
// so the real SDK client (and its waiters) can talk to the handler before the full endpoint is wired.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { AwsError, type Backends, type LambdaFunctionSpec, type RoleSpec, type ServiceInstance } from '../../../src/endpoint/types';
import { iamViews } from '../iam-standin';

export interface FakeState {
  tables: Map<string, Record<string, unknown>>;
  queues: Map<string, { name: string; url: string; arn: string; attributes: Record<string, string>; tags?: Record<string, string> }>;
  functions: Map<string, LambdaFunctionSpec>;
  roles: Map<string, RoleSpec & { Arn: string; RoleId: string }>;
  machines: Map<string, { name: string; definition: string; roleArn: string; tags?: Record<string, string> }>;
  /** Every backend call, in order, as "<service>.<operation> <name>". */
  calls: string[];
}

const ACCOUNT = '000000000000';

export function fakeBackends(): { backends: Backends; state: FakeState } {
  const state: FakeState = { tables: new Map(), queues: new Map(), functions: new Map(), roles: new Map(), machines: new Map(), calls: [] };
  const queueKey = (urlOrName: string): string => urlOrName.slice(urlOrName.lastIndexOf('/') + 1);
  const backends: Backends = {
    dynamodb: {
      async call(operation, input, region) {
        const name = String(input.TableName ?? input.ResourceArn ?? '');
        state.calls.push(`dynamodb.${operation} ${name}`);
        switch (operation) {
          case 'CreateTable': {
            if (state.tables.has(name)) throw new AwsError('ResourceInUseException', `Table already exists: ${name}`);
            if (!Array.isArray(input.KeySchema) || input.KeySchema.length === 0) throw new AwsError('ValidationException', 'KeySchema must not be empty');
            const table = { ...input, TableStatus: 'ACTIVE', TableArn: `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${name}` };
            state.tables.set(name, table);
            return { TableDescription: table };
          }
          case 'DescribeTable': {
            const table = state.tables.get(name);
            if (!table) throw new AwsError('ResourceNotFoundException', 'Requested resource not found');
            return { Table: table };
          }
          case 'DeleteTable': {
            if (!state.tables.delete(name)) throw new AwsError('ResourceNotFoundException', 'Requested resource not found');
            return {};
          }
          case 'UpdateTable': {
            const table = state.tables.get(name);
            if (!table) throw new AwsError('ResourceNotFoundException', 'Requested resource not found');
            Object.assign(table, input);
            return { TableDescription: table };
          }
          case 'TagResource':
            return {};
          default:
            throw new AwsError('UnknownOperationException', operation);
        }
      },
    },
    sqs: {
      createQueue(name, attributes, region, tags) {
        state.calls.push(`sqs.createQueue ${name}`);
        const queue = { name, url: `http://127.0.0.1:1/${ACCOUNT}/${name}`, arn: `arn:aws:sqs:${region}:${ACCOUNT}:${name}`, attributes, tags };
        state.queues.set(name, queue);
        return { name: queue.name, url: queue.url, arn: queue.arn };
      },
      deleteQueue(urlOrName) {
        state.calls.push(`sqs.deleteQueue ${queueKey(urlOrName)}`);
        state.queues.delete(queueKey(urlOrName));
      },
      getQueue(urlOrName) {
        const queue = state.queues.get(queueKey(urlOrName));
        return queue ? { name: queue.name, url: queue.url, arn: queue.arn } : undefined;
      },
      sendMessage() {
        throw new Error('not used');
      },
    },
    lambda: {
      createFunction(spec, region) {
        state.calls.push(`lambda.createFunction ${spec.FunctionName}`);
        if (!spec.Role.startsWith('arn:')) throw new AwsError('InvalidParameterValueException', `1 validation error detected: Value '${spec.Role}' at 'role' failed to satisfy constraint`);
        state.functions.set(spec.FunctionName, spec);
        return { FunctionName: spec.FunctionName, FunctionArn: `arn:aws:lambda:${region}:${ACCOUNT}:function:${spec.FunctionName}` };
      },
      deleteFunction(name) {
        state.calls.push(`lambda.deleteFunction ${name}`);
        state.functions.delete(name);
      },
      getFunctionArn(name, region) {
        return state.functions.has(name) ? `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}` : undefined;
      },
      async invoke() {
        throw new Error('not used');
      },
    },
    iam: {
      createRole(spec) {
        state.calls.push(`iam.createRole ${spec.RoleName}`);
        if (state.roles.has(spec.RoleName)) throw new AwsError('EntityAlreadyExists', `Role with name ${spec.RoleName} already exists.`, 409);
        const role = { ...spec, Arn: `arn:aws:iam::${ACCOUNT}:role/${spec.RoleName}`, RoleId: `AROA${randomUUID().replace(/-/g, '').slice(0, 17).toUpperCase()}` };
        state.roles.set(spec.RoleName, role);
        return { RoleName: role.RoleName, Arn: role.Arn, RoleId: role.RoleId };
      },
      deleteRole(name) {
        state.calls.push(`iam.deleteRole ${name}`);
        state.roles.delete(name);
      },
      updateRole(spec) {
        state.calls.push(`iam.updateRole ${spec.RoleName}`);
        const role = state.roles.get(spec.RoleName);
        if (!role) throw new AwsError('NoSuchEntity', `The role with name ${spec.RoleName} cannot be found.`, 404);
        state.roles.set(spec.RoleName, { ...spec, Arn: role.Arn, RoleId: role.RoleId });
      },
      getRole(nameOrArn) {
        return state.roles.get(nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1));
      },
      ...iamViews(state.roles),
    },
    states: {
      createStateMachine(input, region) {
        state.calls.push(`states.createStateMachine ${input.name}`);
        JSON.parse(input.definition);
        const arn = `arn:aws:states:${region}:${ACCOUNT}:stateMachine:${input.name}`;
        state.machines.set(arn, { ...input });
        return { stateMachineArn: arn };
      },
      updateStateMachine(input) {
        state.calls.push(`states.updateStateMachine ${input.stateMachineArn}`);
        const machine = state.machines.get(input.stateMachineArn);
        if (!machine) throw new AwsError('StateMachineDoesNotExist', 'missing');
        Object.assign(machine, { definition: input.definition ?? machine.definition, roleArn: input.roleArn ?? machine.roleArn });
      },
      deleteStateMachine(arn) {
        state.calls.push(`states.deleteStateMachine ${arn}`);
        state.machines.delete(arn);
      },
    },
  };
  return { backends, state };
}

export { testSettings } from '../settings';

/** Serves one service instance on 127.0.0.1 (any port); every request goes to its handler. */
export async function serveService(instance: ServiceInstance): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      void instance.handler
        .handle({
          service: 'cloudformation', method: req.method ?? 'POST', path: url.pathname, query: url.searchParams, headers: req.headers,
          body: Buffer.concat(chunks), region: 'us-east-1', accountId: ACCOUNT, requestId: randomUUID(),
        })
        .then((out) => {
          res.writeHead(out.status, out.headers ?? {});
          res.end(out.body);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export function cfnClient(url: string): CloudFormationClient {
  return new CloudFormationClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

/** Fast polling for the SDK waiters against the local service. */
export const WAIT = { maxWaitTime: 20, minDelay: 0.05, maxDelay: 0.2 } as const;
