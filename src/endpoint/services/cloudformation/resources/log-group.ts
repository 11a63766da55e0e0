// AWS::Logs::LogGroup, kept in CloudFormation's own state (the endpoint has no CloudWatch Logs API).
// Ref is the name; GetAtt Arn is `arn:<partition>:logs:<region>:<account>:log-group:<name>:*`.
import { HandlerFailure } from '../handler-error';
import { arn } from '../partition';
import { PropertyError, tagMap, type Properties, type ProvisionContext, type Provisioner } from './types';

/** The values CloudWatch Logs accepts for a retention (AWS::Logs::LogGroup schema, RetentionInDays enum). */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
/** LogGroupName in the schema: 1-512 characters of `[.\-_/#A-Za-z0-9]`. */
const NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const TYPE = 'AWS::Logs::LogGroup';

function retention(properties: Properties, ctx: ProvisionContext): number | undefined {
  const value = properties.RetentionInDays;
  if (value === undefined || value === null) return undefined;
  const days = Number(value);
  if (!RETENTION_DAYS.includes(days)) throw new PropertyError(ctx.logicalId, `#/RetentionInDays: ${String(value)} is not a valid enum value`);
  return days;
}

function logGroupName(properties: Properties, ctx: ProvisionContext): string {
  const name = properties.LogGroupName === undefined ? ctx.generatedName(512) : String(properties.LogGroupName);
  if (!NAME.test(name)) throw new PropertyError(ctx.logicalId, `#/LogGroupName: string [${name}] does not match pattern ^[.\\-_/#A-Za-z0-9]{1,512}\\Z`);
  return name;
}

export const logGroup: Provisioner = {
  type: TYPE,
  nameProperty: 'LogGroupName',
  attributes: ['Arn'],
  replaceOn: ['LogGroupName'],

  arnFor(properties, ctx) {
    // As IAM and CloudWatch Logs name a log group in their messages (GetAtt Arn adds `:*`).
    return arn('logs', ctx.region, ctx.accountId, `log-group:${logGroupName(properties, ctx)}`);
  },

  async create(properties, ctx) {
    const name = logGroupName(properties, ctx);
    const days = retention(properties, ctx);
    if (ctx.logGroups.get(name, ctx.region)) {
      throw new HandlerFailure(`Resource of type '${TYPE}' with identifier '${name}' already exists.`, 'AlreadyExists');
    }
    const record = ctx.logGroups.create(name, ctx.region, ctx.accountId, days, tagMap(properties, ctx));
    return { physicalId: record.name, attributes: { Arn: record.arn } };
  },

  async update(current, _previous, next, ctx) {
    const record = ctx.logGroups.update(current.physicalId, ctx.region, { retentionInDays: retention(next, ctx), tags: tagMap(next, ctx) });
    if (!record) throw new HandlerFailure(`Resource of type '${TYPE}' with identifier '${current.physicalId}' was not found.`, 'NotFound');
    return { physicalId: record.name, attributes: { Arn: record.arn } };
  },

  async delete(current, ctx) {
    // Already gone counts as deleted, as CloudFormation treats a NotFound from a delete handler.
    ctx.logGroups.delete(current.physicalId, ctx.region);
  },
};
