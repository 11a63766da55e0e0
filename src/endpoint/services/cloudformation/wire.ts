// CloudFormation's awsQuery wire: form parameters in, XML out. Only translation lives here; the rules are in stacks.ts.
import { AwsError, type AwsRequest, type AwsResponse, type ServiceHandler } from '../../types';
import { parseQueryParams, readList, readStructList, requireParam, xmlError, xmlResponse, type XmlValue } from '../../protocol/query';
import type { ChangeRecord, ChangeSetRecord, GivenParameter, ResourceRecord, StackRecord, Tag } from './model';
import { isNoEcho } from './parameters';
import type { StackInput, StackStore } from './stacks';
import { parseTemplateText } from './template';

export const CLOUDFORMATION_XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const PAGE_SIZE = 100;
const MAX_TEMPLATE_BODY_BYTES = 51_200;

function givenParameters(params: URLSearchParams): GivenParameter[] {
  return readStructList(params, 'Parameters').map((p) => ({
    ParameterKey: p.ParameterKey,
    ParameterValue: p.ParameterValue,
    UsePreviousValue: p.UsePreviousValue === 'true',
  }));
}

function tags(params: URLSearchParams): Tag[] | undefined {
  if (![...params.keys()].some((k) => k.startsWith('Tags.'))) return undefined;
  return readStructList(params, 'Tags').map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
}

function templateBody(params: URLSearchParams): string | undefined {
  if (params.get('TemplateURL')) throw new AwsError('ValidationError', 'TemplateURL is not supported by the local endpoint; pass the template as TemplateBody.');
  const body = params.get('TemplateBody') ?? undefined;
  // AWS's limit for an inline template (larger ones must come from S3, which the local endpoint does not offer).
  if (body !== undefined && Buffer.byteLength(body) > MAX_TEMPLATE_BODY_BYTES) {
    throw new AwsError('ValidationError', `1 validation error detected: Value at 'templateBody' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TEMPLATE_BODY_BYTES}`);
  }
  return body;
}

function stackInput(params: URLSearchParams, region: string): StackInput {
  return {
    StackName: requireParam(params, 'StackName'),
    TemplateBody: templateBody(params),
    UsePreviousTemplate: params.get('UsePreviousTemplate') === 'true',
    Parameters: givenParameters(params),
    Capabilities: readList(params, 'Capabilities'),
    Tags: tags(params),
    region,
    RoleARN: params.get('RoleARN') || undefined,
  };
}

/** A list, or nothing at all when empty (AWS leaves empty lists out). */
function list<T extends XmlValue>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

function parameterList(stack: { templateBody: string; parameters: Record<string, string> }): XmlValue {
  let template;
  try {
    template = parseTemplateText(stack.templateBody);
  } catch {
    template = undefined;
  }
  return list(Object.entries(stack.parameters).map(([key, value]) => ({ ParameterKey: key, ParameterValue: template && isNoEcho(template, key) ? '****' : value })));
}

function stackXml(stack: StackRecord): XmlValue {
  return {
    StackId: stack.StackId,
    StackName: stack.StackName,
    Description: stack.Description,
    Parameters: parameterList(stack),
    CreationTime: stack.CreationTime,
    DeletionTime: stack.DeletionTime,
    LastUpdatedTime: stack.LastUpdatedTime,
    StackStatus: stack.StackStatus,
    StackStatusReason: stack.StackStatusReason,
    DisableRollback: stack.onFailure === 'DO_NOTHING',
    NotificationARNs: [],
    Capabilities: list(stack.capabilities),
    Outputs: list(stack.outputs.map((o) => ({ OutputKey: o.OutputKey, OutputValue: o.OutputValue, Description: o.Description, ExportName: o.ExportName }))),
    Tags: stack.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    RoleARN: stack.roleArn,
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

function resourceXml(stack: StackRecord, r: ResourceRecord): Record<string, XmlValue> {
  return {
    StackName: stack.StackName,
    StackId: stack.StackId,
    LogicalResourceId: r.logicalId,
    PhysicalResourceId: r.physicalId,
    ResourceType: r.type,
    ResourceStatus: r.status,
    ResourceStatusReason: r.statusReason,
  };
}

function changeXml(change: ChangeRecord): XmlValue {
  return {
    Type: 'Resource',
    ResourceChange: {
      Action: change.Action,
      LogicalResourceId: change.LogicalResourceId,
      PhysicalResourceId: change.PhysicalResourceId,
      ResourceType: change.ResourceType,
      Replacement: change.Replacement,
      Scope: list(change.Scope),
      Details: list((change.ChangedProperties ?? []).map((name) => ({
        Target: { Attribute: 'Properties', Name: name, RequiresRecreation: change.Replacement === 'True' ? 'Always' : 'Never' },
        Evaluation: 'Static',
        ChangeSource: 'DirectModification',
      }))),
    },
  };
}

function changeSetSummary(c: ChangeSetRecord): XmlValue {
  return {
    StackId: c.StackId, StackName: c.StackName, ChangeSetId: c.ChangeSetId, ChangeSetName: c.ChangeSetName,
    ExecutionStatus: c.ExecutionStatus, Status: c.Status, StatusReason: c.StatusReason, CreationTime: c.CreationTime, Description: c.Description,
  };
}

/** Paging over a list with a numeric NextToken. */
function page<T>(items: T[], params: URLSearchParams): { items: T[]; NextToken?: string } {
  const start = Number(params.get('NextToken') ?? '0') || 0;
  const end = start + PAGE_SIZE;
  return { items: items.slice(start, end), NextToken: end < items.length ? String(end) : undefined };
}

type Operation = (params: URLSearchParams, request: AwsRequest) => XmlValue;

function operations(store: StackStore): Record<string, Operation> {
  const resourcesOf = (params: URLSearchParams, region: string): { stack: StackRecord; resources: ResourceRecord[] } => {
    const physicalId = params.get('PhysicalResourceId');
    const byPhysicalId = !params.get('StackName') && physicalId ? store.findByPhysicalId(physicalId, region) : undefined;
    if (physicalId && !params.get('StackName') && !byPhysicalId) throw new AwsError('ValidationError', `Stack for ${physicalId} does not exist`);
    const stack = byPhysicalId ?? store.get(requireParam(params, 'StackName'), region);
    const logicalId = params.get('LogicalResourceId');
    const resources = Object.values(stack.resources).filter((r) => !logicalId || r.logicalId === logicalId);
    return { stack, resources };
  };
  return {
    CreateStack: (params, request) => ({
      StackId: store.createStack({ ...stackInput(params, request.region), OnFailure: params.get('OnFailure') ?? undefined, DisableRollback: params.has('DisableRollback') ? params.get('DisableRollback') === 'true' : undefined }).StackId,
    }),
    UpdateStack: (params, request) => ({ StackId: store.updateStack(stackInput(params, request.region)).StackId }),
    DeleteStack: (params, request) => {
      store.deleteStack(requireParam(params, 'StackName'), params.get('RoleARN') || undefined, request.region);
      return undefined;
    },
    DescribeStacks: (params, request) => {
      const name = params.get('StackName');
      const stacks = name ? [store.get(name, request.region)] : store.list(request.region).filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
      const { items, NextToken } = page(stacks, params);
      return { Stacks: items.map(stackXml), NextToken };
    },
    ListStacks: (params, request) => {
      const filter = readList(params, 'StackStatusFilter');
      const stacks = store.list(request.region).filter((s) => filter.length === 0 || filter.includes(s.StackStatus)).reverse();
      const { items, NextToken } = page(stacks, params);
      return {
        StackSummaries: list(items.map((s) => ({
          StackId: s.StackId, StackName: s.StackName, TemplateDescription: s.Description, CreationTime: s.CreationTime, LastUpdatedTime: s.LastUpdatedTime,
          DeletionTime: s.DeletionTime, StackStatus: s.StackStatus, StackStatusReason: s.StackStatusReason, DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
        }))),
        NextToken,
      };
    },
    DescribeStackEvents: (params, request) => {
      const stack = store.get(requireParam(params, 'StackName'), request.region);
      const { items, NextToken } = page([...stack.events].reverse(), params);
      return { StackEvents: list(items.map((e) => ({ ...e }))), NextToken };
    },
    DescribeStackResources: (params, request) => {
      const { stack, resources } = resourcesOf(params, request.region);
      return { StackResources: list(resources.map((r) => ({ ...resourceXml(stack, r), Timestamp: r.updated, DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' } }))) };
    },
    ListStackResources: (params, request) => {
      const { resources } = resourcesOf(params, request.region);
      const { items, NextToken } = page(resources, params);
      return {
        StackResourceSummaries: list(items.map((r) => ({
          LogicalResourceId: r.logicalId, PhysicalResourceId: r.physicalId, ResourceType: r.type, LastUpdatedTimestamp: r.updated,
          ResourceStatus: r.status, ResourceStatusReason: r.statusReason, DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
        }))),
        NextToken,
      };
    },
    DescribeStackResource: (params, request) => {
      const stack = store.get(requireParam(params, 'StackName'), request.region);
      const logicalId = requireParam(params, 'LogicalResourceId');
      const r = stack.resources[logicalId];
      if (!r) throw new AwsError('ValidationError', `Resource ${logicalId} does not exist for stack ${stack.StackName}`);
      return { StackResourceDetail: { ...resourceXml(stack, r), LastUpdatedTimestamp: r.updated, DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' } } };
    },
    GetTemplate: (params, request) => {
      const changeSetName = params.get('ChangeSetName');
      const body = changeSetName
        ? store.findChangeSet(changeSetName, params.get('StackName') ?? undefined, request.region).changeSet.templateBody
        : store.get(requireParam(params, 'StackName'), request.region).templateBody;
      return { TemplateBody: body, StagesAvailable: ['Original', 'Processed'] };
    },
    ValidateTemplate: (params) => {
      const { template, capability, capabilityTypes } = store.validateTemplate(templateBody(params));
      return {
        Parameters: list(Object.entries(template.Parameters ?? {}).map(([key, def]) => ({
          ParameterKey: key,
          DefaultValue: def.Default === undefined || def.Default === null ? undefined : String(def.Default),
          NoEcho: isNoEcho(template, key),
          Description: def.Description,
        }))),
        Description: template.Description,
        Capabilities: capability ? [capability] : undefined,
        CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${capabilityTypes.join(', ')}]` : undefined,
      };
    },
    GetTemplateSummary: (params, request) => {
      // The AWS CLI's `cloudformation deploy` asks for this first (to carry over parameters).
      const stackName = params.get('StackName');
      const body = stackName ? store.get(stackName, request.region).templateBody : templateBody(params);
      const { template, capability, capabilityTypes } = store.validateTemplate(body);
      return {
        // Always present (possibly empty): the AWS CLI reads it unconditionally.
        Parameters: Object.entries(template.Parameters ?? {}).map(([key, def]) => ({
          ParameterKey: key,
          DefaultValue: def.Default === undefined || def.Default === null ? undefined : String(def.Default),
          ParameterType: def.Type,
          NoEcho: isNoEcho(template, key),
          Description: def.Description,
          ParameterConstraints: def.AllowedValues ? { AllowedValues: def.AllowedValues.map(String) } : undefined,
        })),
        Description: template.Description,
        Capabilities: capability ? [capability] : undefined,
        CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${capabilityTypes.join(', ')}]` : undefined,
        ResourceTypes: [...new Set(Object.values(template.Resources).map((r) => r.Type))],
        Version: template.AWSTemplateFormatVersion,
      };
    },
    CreateChangeSet: (params, request) => {
      const changeSet = store.createChangeSet({
        ...stackInput(params, request.region),
        ChangeSetName: requireParam(params, 'ChangeSetName'),
        ChangeSetType: params.get('ChangeSetType') ?? undefined,
        Description: params.get('Description') ?? undefined,
      });
      return { Id: changeSet.ChangeSetId, StackId: changeSet.StackId };
    },
    DescribeChangeSet: (params, request) => {
      const { changeSet: c } = store.findChangeSet(requireParam(params, 'ChangeSetName'), params.get('StackName') ?? undefined, request.region);
      return {
        ChangeSetName: c.ChangeSetName,
        ChangeSetId: c.ChangeSetId,
        StackId: c.StackId,
        StackName: c.StackName,
        Description: c.Description,
        Parameters: parameterList({ templateBody: c.templateBody, parameters: c.parameters }),
        CreationTime: c.CreationTime,
        ExecutionStatus: c.ExecutionStatus,
        Status: c.Status,
        StatusReason: c.StatusReason,
        Capabilities: list(c.capabilities),
        Tags: list(c.tags.map((t) => ({ Key: t.Key, Value: t.Value }))),
        Changes: list(c.changes.map(changeXml)),
        IncludeNestedStacks: false,
      };
    },
    ExecuteChangeSet: (params, request) => {
      store.executeChangeSet(requireParam(params, 'ChangeSetName'), params.get('StackName') ?? undefined, request.region);
      return {};
    },
    DeleteChangeSet: (params, request) => {
      store.deleteChangeSet(requireParam(params, 'ChangeSetName'), params.get('StackName') ?? undefined, request.region);
      return {};
    },
    ListChangeSets: (params, request) => {
      const stack = store.get(requireParam(params, 'StackName'), request.region);
      return { Summaries: list(stack.changeSets.map(changeSetSummary)) };
    },
    ListExports: (_params, request) => ({
      Exports: list(store.list(request.region).filter((s) => s.StackStatus !== 'DELETE_COMPLETE').flatMap((s) =>
        s.outputs.filter((o) => o.ExportName).map((o) => ({ ExportingStackId: s.StackId, Name: o.ExportName, Value: o.OutputValue })))),
    }),
  };
}

export function cloudFormationHandler(store: StackStore): ServiceHandler {
  const ops = operations(store);
  return {
    service: 'cloudformation',
    async handle(request: AwsRequest): Promise<AwsResponse> {
      const params = parseQueryParams(request);
      const action = params.get('Action') ?? '';
      try {
        const op = Object.hasOwn(ops, action) ? ops[action] : undefined;
        if (!op) throw new AwsError('InvalidAction', `Could not find operation ${action} for version 2010-05-15 (not implemented by the local endpoint)`);
        return xmlResponse(action, op(params, request), request.requestId, CLOUDFORMATION_XMLNS);
      } catch (error) {
        const awsError = error instanceof AwsError ? error : new AwsError('InternalFailure', (error as Error).message, 500, 'Receiver');
        return xmlError(awsError, request.requestId);
      }
    },
  };
}
