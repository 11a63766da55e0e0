// The CloudFormation model: stacks, change sets and the rules on which operation is allowed when.
// Each operation validates synchronously (errors go back to the caller), then its work runs in the
// background so the caller sees *_IN_PROGRESS first, as on AWS.
import { randomUUID } from 'node:crypto';
import { AwsError, type Backends, type Persistable } from '../../types';
import { dependencies } from './graph';
import { STACK_TYPE, StackEngine } from './engine';
import { IN_PROGRESS, type ChangeRecord, type ChangeSetRecord, type GivenParameter, type StackRecord, type Tag } from './model';
import { LogGroupStore, type LogGroupRecord } from './log-groups';
import { arn } from './partition';
import { authorityFor, checkServiceRole } from './service-role';
import { planChanges } from './plan';
import { checkCapabilities, effectiveParameters, requiredCapabilities } from './parameters';
import { provisioners } from './resources';
import { parseTemplateText, type Template } from './template';

export interface StackStoreOptions {
  accountId: string;
  backends(): Backends;
  changed(): void;
  /** AWS durations (handler retries) are multiplied by this. */
  timeScale?: number;
  /** The caller's IAM policy (--caller-policy); undefined: every caller allowed, nothing checked. */
  callerPolicy?: unknown;
}

export interface StackInput {
  StackName: string;
  TemplateBody?: string;
  UsePreviousTemplate?: boolean;
  Parameters: GivenParameter[];
  Capabilities: string[];
  Tags?: Tag[];
  region: string;
  /** A service role for CloudFormation to act as (the caller must be allowed to pass it). */
  RoleARN?: string;
}

export interface CreateStackInput extends StackInput {
  OnFailure?: string;
  DisableRollback?: boolean;
}

export interface ChangeSetInput extends StackInput {
  ChangeSetName: string;
  ChangeSetType?: string;
  Description?: string;
}

const NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";

function validation(message: string): AwsError {
  return new AwsError('ValidationError', message);
}

/** Statuses from which UpdateStack / an UPDATE change set may start. */
const UPDATABLE = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE']);

/** The status a stack is left in when its operation stops half-way (each allows DeleteStack). */
function interruptedStatus(status: string): string {
  if (status.startsWith('UPDATE')) return 'UPDATE_ROLLBACK_FAILED';
  if (status.startsWith('ROLLBACK')) return 'ROLLBACK_FAILED';
  if (status.startsWith('DELETE')) return 'DELETE_FAILED';
  return 'CREATE_FAILED';
}

/** GetAtt names are checked before any work starts (for the types we know). */
function checkTemplate(template: Template): void {
  dependencies(template);
  const check = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(check);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const getAtt = record['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
      const type = template.Resources[getAtt[0]]?.Type;
      const provisioner = type ? provisioners.get(type) : undefined;
      if (!type) throw validation(`Template error: instance of Fn::GetAtt references undefined resource ${getAtt[0]}`);
      if (provisioner && !provisioner.attributes.includes(getAtt[1])) throw validation(`Template error: resource ${getAtt[0]} does not support attribute type ${getAtt[1]} in Fn::GetAtt`);
    }
    Object.values(record).forEach(check);
  };
  check(template.Resources);
  check(template.Outputs ?? {});
}

export class StackStore implements Persistable {
  private stacks: StackRecord[] = [];
  private readonly engine: StackEngine;
  /** Background work per stack id, chained so operations on one stack never overlap. */
  private readonly work = new Map<string, Promise<void>>();
  private readonly pendingDeletes = new Set<string>();
  /** Log groups stacks declare (CloudFormation keeps them: the endpoint has no CloudWatch Logs API). */
  readonly logGroups: LogGroupStore;

  constructor(private readonly options: StackStoreOptions) {
    this.logGroups = new LogGroupStore(options.changed);
    this.engine = new StackEngine({
      accountId: options.accountId,
      backends: options.backends,
      logGroups: this.logGroups,
      changed: options.changed,
      exportValue: (name, region) => this.exportValue(name, region),
      timeScale: options.timeScale ?? 1,
      authority: (stack) => authorityFor(options.backends().iam, stack.roleArn, options.callerPolicy, options.accountId, stack.region),
    });
  }

  // ---- lookup ----

  /**
   * A stack by name (not deleted) or by stack id (deleted ones too). Stacks are regional, as on AWS: with a
   * region, only that region's stacks are seen (the same name may be used in another region).
   */
  find(nameOrId: string, region?: string): StackRecord | undefined {
    const stacks = this.list(region);
    if (nameOrId.startsWith('arn:')) return stacks.find((s) => s.StackId === nameOrId);
    return stacks.find((s) => s.StackName === nameOrId && s.StackStatus !== 'DELETE_COMPLETE');
  }

  get(nameOrId: string, region?: string): StackRecord {
    const stack = this.find(nameOrId, region);
    if (!stack) throw validation(`Stack with id ${nameOrId} does not exist`);
    return stack;
  }

  list(region?: string): StackRecord[] {
    return this.stacks.filter((s) => region === undefined || s.region === region);
  }

  /** Exports are regional too: Fn::ImportValue sees the exports of the importing stack's region. */
  private exportValue(name: string, region: string): string | undefined {
    for (const stack of this.list(region)) {
      if (stack.StackStatus === 'DELETE_COMPLETE') continue;
      const output = stack.outputs.find((o) => o.ExportName === name);
      if (output) return output.OutputValue;
    }
    return undefined;
  }

  private plan(stack: StackRecord, template: Template, parameters: Record<string, string>): ChangeRecord[] {
    return planChanges(stack, template, parameters, this.options.accountId, (name) => this.exportValue(name, stack.region));
  }

  // ---- background work ----

  private schedule(stack: StackRecord, job: () => Promise<void>): void {
    const previous = this.work.get(stack.StackId) ?? Promise.resolve();
    const next = previous
      // setImmediate: the API call answers before the first status change.
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(job)
      .catch((error: unknown) => {
        // A bug in the engine must not leave the stack IN_PROGRESS forever: fail it with the reason.
        if (IN_PROGRESS.test(stack.StackStatus)) this.engine.setStackStatus(stack, interruptedStatus(stack.StackStatus), `Internal error: ${(error as Error).message}`);
      });
    this.work.set(stack.StackId, next);
    void next.finally(() => {
      if (this.work.get(stack.StackId) === next) this.work.delete(stack.StackId);
    });
  }

  /** Resolves when no stack has work in flight (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.work.size > 0) await Promise.all([...this.work.values()]);
  }

  // ---- template helpers ----

  private templateFor(input: StackInput, stack?: StackRecord): { body: string; template: Template } {
    if (input.UsePreviousTemplate) {
      if (!stack) throw validation('UsePreviousTemplate can only be used with an existing stack');
      return { body: stack.templateBody, template: parseTemplateText(stack.templateBody) };
    }
    if (input.TemplateBody === undefined) throw validation('Either Template URL or Template Body must be specified.');
    const template = parseTemplateText(input.TemplateBody);
    checkTemplate(template);
    return { body: input.TemplateBody, template };
  }

  private newStack(input: StackInput, template: Template, body: string, parameters: Record<string, string>, status: string): StackRecord {
    const stack: StackRecord = {
      StackId: arn('cloudformation', input.region, this.options.accountId, `stack/${input.StackName}/${randomUUID()}`),
      StackName: input.StackName,
      Description: template.Description,
      StackStatus: status,
      CreationTime: new Date().toISOString(),
      templateBody: body,
      parameters,
      capabilities: input.Capabilities,
      tags: input.Tags ?? [],
      onFailure: 'ROLLBACK',
      outputs: [],
      resources: {},
      events: [],
      changeSets: [],
      region: input.region,
    };
    this.stacks.push(stack);
    this.options.changed();
    return stack;
  }

  /** A RoleARN given with an operation: the caller may pass it and CloudFormation can assume it. */
  private checkRole(roleArn: string | undefined, region: string): void {
    if (roleArn !== undefined) checkServiceRole(this.options.backends().iam, roleArn, this.options.callerPolicy, this.options.accountId, region);
  }

  private checkName(name: string): void {
    if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(name)) {
      throw validation(`1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`);
    }
  }

  // ---- stack operations ----

  createStack(input: CreateStackInput): StackRecord {
    this.checkName(input.StackName);
    if (this.find(input.StackName, input.region)) throw new AwsError('AlreadyExistsException', `Stack [${input.StackName}] already exists`);
    const { body, template } = this.templateFor(input);
    const parameters = effectiveParameters(template, input.Parameters);
    checkCapabilities(template, input.Capabilities);
    if (input.OnFailure && input.DisableRollback !== undefined) throw validation('You cannot specify both DisableRollback and OnFailure.');
    this.checkRole(input.RoleARN, input.region);
    const stack = this.newStack(input, template, body, parameters, 'CREATE_IN_PROGRESS');
    stack.roleArn = input.RoleARN;
    stack.onFailure = input.DisableRollback ? 'DO_NOTHING' : input.OnFailure === 'DELETE' ? 'DELETE' : input.OnFailure === 'DO_NOTHING' ? 'DO_NOTHING' : 'ROLLBACK';
    this.schedule(stack, () => this.engine.create(stack, template));
    return stack;
  }

  private checkUpdatable(stack: StackRecord): void {
    if (!UPDATABLE.has(stack.StackStatus)) {
      throw validation(`Stack:${stack.StackId} is in ${stack.StackStatus} state and can not be updated.`);
    }
  }

  updateStack(input: StackInput): StackRecord {
    const stack = this.get(input.StackName, input.region);
    this.checkUpdatable(stack);
    const { body, template } = this.templateFor(input, stack);
    const parameters = effectiveParameters(template, input.Parameters, stack.parameters);
    checkCapabilities(template, input.Capabilities);
    const tags = input.Tags ?? stack.tags;
    if (!this.hasChanges(stack, template, body, parameters, tags)) throw validation('No updates are to be performed.');
    this.checkRole(input.RoleARN, input.region);
    // Without a RoleARN the stack keeps the role it has (a service role cannot be removed from a stack).
    if (input.RoleARN) stack.roleArn = input.RoleARN;
    stack.StackStatus = 'UPDATE_IN_PROGRESS';
    // Change sets computed against the stack as it was no longer apply.
    for (const changeSet of stack.changeSets) if (changeSet.ExecutionStatus === 'AVAILABLE') changeSet.ExecutionStatus = 'OBSOLETE';
    this.schedule(stack, () => this.engine.update(stack, body, parameters, tags, input.Capabilities));
    return stack;
  }

  /** Whether applying the template would change anything (resources, outputs, parameters, tags, description). */
  private hasChanges(stack: StackRecord, template: Template, body: string, parameters: Record<string, string>, tags: Tag[]): boolean {
    if (this.plan(stack, template, parameters).length > 0) return true;
    if (JSON.stringify(tags) !== JSON.stringify(stack.tags)) return true;
    if (body === stack.templateBody) return JSON.stringify(parameters) !== JSON.stringify(stack.parameters);
    const previous = parseTemplateText(stack.templateBody);
    return JSON.stringify(previous.Outputs ?? {}) !== JSON.stringify(template.Outputs ?? {}) || previous.Description !== template.Description;
  }

  deleteStack(nameOrId: string, roleArn?: string, region?: string): void {
    const stack = this.find(nameOrId, region);
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE' || stack.StackStatus === 'DELETE_IN_PROGRESS') return;
    this.checkRole(roleArn, stack.region);
    if (roleArn) stack.roleArn = roleArn;
    if (stack.StackStatus === 'REVIEW_IN_PROGRESS') {
      // Nothing was created yet: the stack goes straight away, with its change sets.
      stack.changeSets = [];
      stack.StackStatus = 'DELETE_IN_PROGRESS';
    }
    // Queued behind any operation in flight; a second DeleteStack before this one runs changes nothing.
    if (this.pendingDeletes.has(stack.StackId)) return;
    this.pendingDeletes.add(stack.StackId);
    this.schedule(stack, async () => {
      this.pendingDeletes.delete(stack.StackId);
      if (stack.StackStatus !== 'DELETE_COMPLETE') await this.engine.delete(stack);
    });
  }

  /** The stack holding a resource with this physical id. */
  findByPhysicalId(physicalId: string, region?: string): StackRecord | undefined {
    return this.list(region).find((s) => s.StackStatus !== 'DELETE_COMPLETE' && Object.values(s.resources).some((r) => r.physicalId === physicalId));
  }

  // ---- change sets ----

  createChangeSet(input: ChangeSetInput): ChangeSetRecord {
    if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(input.ChangeSetName)) {
      throw validation(`1 validation error detected: Value '${input.ChangeSetName}' at 'changeSetName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`);
    }
    const type = (input.ChangeSetType ?? 'UPDATE') as 'CREATE' | 'UPDATE';
    if (type !== 'CREATE' && type !== 'UPDATE') throw validation(`ChangeSetType ${type} is not supported by the local endpoint`);
    let stack = this.find(input.StackName, input.region);
    if (type === 'CREATE' && stack && stack.StackStatus !== 'REVIEW_IN_PROGRESS') {
      throw validation(`Stack [${input.StackName}] already exists and cannot be created again with the changeSet [${input.ChangeSetName}].`);
    }
    if (type === 'UPDATE') {
      if (!stack) throw validation(`Stack [${input.StackName}] does not exist`);
      if (stack.StackStatus === 'REVIEW_IN_PROGRESS') throw validation(`Stack [${input.StackName}] does not exist`);
      this.checkUpdatable(stack);
    }
    if (stack?.changeSets.some((c) => c.ChangeSetName === input.ChangeSetName)) {
      throw new AwsError('AlreadyExistsException', `ChangeSet ${input.ChangeSetName} cannot be created due to a mismatch with existing attribute Template`);
    }
    if (!stack) this.checkName(input.StackName);
    const { body, template } = this.templateFor(input, stack);
    const parameters = effectiveParameters(template, input.Parameters, stack?.parameters);
    checkCapabilities(template, input.Capabilities);
    this.checkRole(input.RoleARN, input.region);
    stack ??= this.newStack(input, template, body, {}, 'REVIEW_IN_PROGRESS');
    if (type === 'CREATE' && stack.events.length === 0) this.engine.setStackStatus(stack, 'REVIEW_IN_PROGRESS', 'User Initiated');
    const changeSet: ChangeSetRecord = {
      ChangeSetId: arn('cloudformation', input.region, this.options.accountId, `changeSet/${input.ChangeSetName}/${randomUUID()}`),
      ChangeSetName: input.ChangeSetName,
      ChangeSetType: type,
      StackId: stack.StackId,
      StackName: stack.StackName,
      Description: input.Description,
      Status: 'CREATE_PENDING',
      ExecutionStatus: 'UNAVAILABLE',
      CreationTime: new Date().toISOString(),
      templateBody: body,
      parameters,
      capabilities: input.Capabilities,
      tags: input.Tags ?? stack.tags,
      changes: [],
      roleArn: input.RoleARN,
    };
    stack.changeSets.push(changeSet);
    this.options.changed();
    const target = stack;
    setImmediate(() => this.computeChangeSet(target, changeSet, template));
    return changeSet;
  }

  private computeChangeSet(stack: StackRecord, changeSet: ChangeSetRecord, template: Template): void {
    try {
      changeSet.changes = this.plan(stack, template, changeSet.parameters);
      const changed = changeSet.ChangeSetType === 'CREATE' || this.hasChanges(stack, template, changeSet.templateBody, changeSet.parameters, changeSet.tags);
      if (changed) {
        changeSet.Status = 'CREATE_COMPLETE';
        changeSet.ExecutionStatus = 'AVAILABLE';
      } else {
        changeSet.Status = 'FAILED';
        changeSet.StatusReason = NO_CHANGES;
      }
    } catch (error) {
      changeSet.Status = 'FAILED';
      changeSet.StatusReason = (error as Error).message;
    }
    this.options.changed();
  }

  /** A change set by ARN, or by name within a stack. */
  findChangeSet(nameOrArn: string, stackName?: string, region?: string): { stack: StackRecord; changeSet: ChangeSetRecord } {
    const notFound = new AwsError('ChangeSetNotFound', `ChangeSet [${nameOrArn}] does not exist`, 404);
    if (nameOrArn.startsWith('arn:')) {
      for (const stack of this.list(region)) {
        const changeSet = stack.changeSets.find((c) => c.ChangeSetId === nameOrArn);
        if (changeSet) return { stack, changeSet };
      }
      throw notFound;
    }
    if (!stackName) throw validation('StackName must be specified if ChangeSetName is not specified as an ARN.');
    const stack = this.find(stackName, region);
    if (!stack) throw validation(`Stack [${stackName}] does not exist`);
    const changeSet = stack.changeSets.find((c) => c.ChangeSetName === nameOrArn);
    if (!changeSet) throw notFound;
    return { stack, changeSet };
  }

  executeChangeSet(nameOrArn: string, stackName?: string, region?: string): void {
    const { stack, changeSet } = this.findChangeSet(nameOrArn, stackName, region);
    if (changeSet.ExecutionStatus !== 'AVAILABLE') {
      throw new AwsError('InvalidChangeSetStatus', `ChangeSet [${changeSet.ChangeSetId}] cannot be executed in its current execution status of [${changeSet.ExecutionStatus}]`);
    }
    if (changeSet.ChangeSetType === 'UPDATE' && !UPDATABLE.has(stack.StackStatus)) {
      throw new AwsError('InvalidChangeSetStatus', `ChangeSet [${changeSet.ChangeSetId}] cannot be executed while the stack is in ${stack.StackStatus}`);
    }
    // Executing one change set makes the stack's other change sets obsolete; AWS removes them.
    stack.changeSets = [changeSet];
    changeSet.ExecutionStatus = 'EXECUTE_IN_PROGRESS';
    if (changeSet.roleArn) stack.roleArn = changeSet.roleArn;
    const template = parseTemplateText(changeSet.templateBody);
    if (changeSet.ChangeSetType === 'CREATE') {
      Object.assign(stack, { templateBody: changeSet.templateBody, parameters: changeSet.parameters, capabilities: changeSet.capabilities, tags: changeSet.tags, Description: template.Description });
      stack.StackStatus = 'CREATE_IN_PROGRESS';
      this.schedule(stack, async () => {
        await this.engine.create(stack, template);
        changeSet.ExecutionStatus = stack.StackStatus === 'CREATE_COMPLETE' ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
      });
    } else {
      stack.StackStatus = 'UPDATE_IN_PROGRESS';
      this.schedule(stack, async () => {
        await this.engine.update(stack, changeSet.templateBody, changeSet.parameters, changeSet.tags, changeSet.capabilities);
        changeSet.ExecutionStatus = stack.StackStatus === 'UPDATE_COMPLETE' ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
      });
    }
    this.options.changed();
  }

  deleteChangeSet(nameOrArn: string, stackName?: string, region?: string): void {
    const { stack, changeSet } = this.findChangeSet(nameOrArn, stackName, region);
    if (changeSet.ExecutionStatus === 'EXECUTE_IN_PROGRESS') {
      throw new AwsError('InvalidChangeSetStatus', `ChangeSet [${changeSet.ChangeSetId}] cannot be deleted in its current execution status of [EXECUTE_IN_PROGRESS]`);
    }
    stack.changeSets = stack.changeSets.filter((c) => c !== changeSet);
    this.options.changed();
  }

  // ---- templates ----

  validateTemplate(body: string | undefined): { template: Template; capability?: string; capabilityTypes: string[] } {
    if (body === undefined) throw validation('Either Template URL or Template Body must be specified.');
    const template = parseTemplateText(body);
    checkTemplate(template);
    const need = requiredCapabilities(template);
    return { template, capability: need.capability, capabilityTypes: need.resourceTypes };
  }

  // ---- persistence ----

  snapshot(): unknown {
    return { stacks: this.stacks, logGroups: this.logGroups.snapshot() };
  }

  restore(snapshot: unknown): void {
    const stacks = (snapshot as { stacks?: StackRecord[] } | undefined)?.stacks ?? [];
    this.logGroups.restore((snapshot as { logGroups?: LogGroupRecord[] } | undefined)?.logGroups);
    // Work that was in flight when the endpoint stopped cannot resume: record it as failed, so the stack can be deleted.
    for (const stack of stacks) {
      for (const changeSet of stack.changeSets) {
        if (changeSet.Status === 'CREATE_PENDING' || changeSet.Status === 'CREATE_IN_PROGRESS') {
          Object.assign(changeSet, { Status: 'FAILED', StatusReason: 'The local endpoint stopped while this change set was being created.' });
        }
      }
      if (IN_PROGRESS.test(stack.StackStatus) && stack.StackStatus !== 'REVIEW_IN_PROGRESS') {
        const failed = interruptedStatus(stack.StackStatus);
        stack.StackStatus = failed;
        stack.StackStatusReason = 'The local endpoint stopped while this operation was in progress.';
        stack.events.push({
          EventId: randomUUID(), StackId: stack.StackId, StackName: stack.StackName, LogicalResourceId: stack.StackName, PhysicalResourceId: stack.StackId,
          ResourceType: STACK_TYPE, Timestamp: new Date().toISOString(), ResourceStatus: failed, ResourceStatusReason: stack.StackStatusReason,
        });
      }
    }
    this.stacks = stacks;
  }
}
