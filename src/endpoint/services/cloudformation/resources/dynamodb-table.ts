// AWS::DynamoDB::Table through the in-process DynamoDB (CreateTable, then wait until ACTIVE).
import { AwsError } from '../../../types';
import { waitFor } from '../../../../wait';
import { arn } from '../partition';
import type { TemplateValue } from '../template';
import { PropertyError, requireString, tagMap, type Properties, type ProvisionContext, type Provisioned, type Provisioner } from './types';

/** Capacity numbers arrive as strings from YAML/parameters; DynamoDB wants numbers. */
function throughput(value: TemplateValue | undefined): Record<string, number> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return { ReadCapacityUnits: Number(value.ReadCapacityUnits), WriteCapacityUnits: Number(value.WriteCapacityUnits) };
}

function indexes(value: TemplateValue | undefined): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((index) => {
    const out = { ...(index as Record<string, TemplateValue>) } as Record<string, unknown>;
    if (out.ProvisionedThroughput) out.ProvisionedThroughput = throughput(out.ProvisionedThroughput as TemplateValue);
    return out;
  });
}

function createTableInput(properties: Properties, name: string, ctx: ProvisionContext): Record<string, unknown> {
  if (!Array.isArray(properties.KeySchema)) throw new PropertyError(ctx.logicalId, 'required key [KeySchema] not found');
  const billingMode = properties.BillingMode === undefined ? 'PROVISIONED' : String(properties.BillingMode);
  const input: Record<string, unknown> = {
    TableName: name,
    KeySchema: properties.KeySchema,
    AttributeDefinitions: properties.AttributeDefinitions ?? [],
    BillingMode: billingMode,
  };
  if (billingMode === 'PROVISIONED') input.ProvisionedThroughput = throughput(properties.ProvisionedThroughput) ?? { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
  const gsi = indexes(properties.GlobalSecondaryIndexes);
  if (gsi) input.GlobalSecondaryIndexes = gsi;
  const lsi = indexes(properties.LocalSecondaryIndexes);
  if (lsi) input.LocalSecondaryIndexes = lsi;
  const stream = properties.StreamSpecification as Record<string, TemplateValue> | undefined;
  if (stream?.StreamViewType) input.StreamSpecification = { StreamEnabled: true, StreamViewType: stream.StreamViewType };
  return input;
}

async function describe(name: string, ctx: ProvisionContext): Promise<Record<string, unknown> | undefined> {
  try {
    const out = await ctx.backends.dynamodb.call('DescribeTable', { TableName: name }, ctx.region);
    return out.Table as Record<string, unknown>;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function waitUntilActive(name: string, ctx: ProvisionContext): Promise<Record<string, unknown>> {
  return waitFor(
    async () => {
      const table = await describe(name, ctx);
      return table?.TableStatus === 'ACTIVE' ? { done: true, value: table } : { done: false, seen: String(table?.TableStatus ?? 'missing') };
    },
    { what: `table ${name} to become ACTIVE`, deadline: ctx.deadline, initialDelayMs: 50, maxDelayMs: 500 },
  );
}

function provisioned(table: Record<string, unknown>): Provisioned {
  const attributes: Record<string, string> = { Arn: String(table.TableArn) };
  if (table.LatestStreamArn) attributes.StreamArn = String(table.LatestStreamArn);
  return { physicalId: String(table.TableName), attributes };
}

function tableName(properties: Properties, ctx: ProvisionContext): string {
  return properties.TableName === undefined ? ctx.generatedName(255) : requireString(properties, 'TableName', ctx);
}

export const dynamoDbTable: Provisioner = {
  type: 'AWS::DynamoDB::Table',
  nameProperty: 'TableName',
  attributes: ['Arn', 'StreamArn'],
  replaceOn: ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],

  arnFor(properties, ctx) {
    return arn('dynamodb', ctx.region, ctx.accountId, `table/${tableName(properties, ctx)}`);
  },

  async create(properties, ctx) {
    const name = tableName(properties, ctx);
    await ctx.backends.dynamodb.call('CreateTable', createTableInput(properties, name, ctx), ctx.region);
    const table = await waitUntilActive(name, ctx);
    const tags = tagMap(properties, ctx);
    if (Object.keys(tags).length > 0) {
      await ctx.backends.dynamodb.call('TagResource', { ResourceArn: table.TableArn, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }, ctx.region);
    }
    return provisioned(table);
  },

  async update(current, previous, next, ctx) {
    // Only capacity settings reach the table in place; other in-place changes (tags, SSE, TTL) are kept in the template alone.
    const before = createTableInput(previous, current.physicalId, ctx);
    const after = createTableInput(next, current.physicalId, ctx);
    const change: Record<string, unknown> = {};
    if (before.BillingMode !== after.BillingMode) change.BillingMode = after.BillingMode;
    if (JSON.stringify(before.ProvisionedThroughput) !== JSON.stringify(after.ProvisionedThroughput) && after.ProvisionedThroughput) change.ProvisionedThroughput = after.ProvisionedThroughput;
    if (Object.keys(change).length > 0) {
      await ctx.backends.dynamodb.call('UpdateTable', { TableName: current.physicalId, ...change }, ctx.region);
      return provisioned(await waitUntilActive(current.physicalId, ctx));
    }
    return current;
  },

  async delete(current, ctx) {
    try {
      await ctx.backends.dynamodb.call('DeleteTable', { TableName: current.physicalId }, ctx.region);
    } catch (error) {
      if (error instanceof AwsError && error.code === 'ResourceNotFoundException') return;
      throw error;
    }
    // Wait until the table is gone, so a replacement under the same name can be created.
    await waitFor(
      async () => ((await describe(current.physicalId, ctx)) ? { done: false, seen: 'DELETING' } : { done: true, value: undefined }),
      { what: `table ${current.physicalId} to be deleted`, deadline: ctx.deadline, initialDelayMs: 50, maxDelayMs: 500 },
    );
  },
};
