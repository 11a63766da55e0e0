// The work behind stack operations, run after the API call has answered: resources created, updated
// and deleted in dependency order, one event per transition, rollback on failure.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Backends } from '../../types';
import { creationOrder } from './graph';
import type { ResolveContext } from './intrinsics';
import type { ResourceRecord, ResourceStatus, StackEventRecord, StackRecord, StackSnapshot, Tag } from './model';
import { authorizeHandler } from './handler-authorization';
import { handlerMessage } from './handler-error';
import type { LogGroupStore } from './log-groups';
import { provisioners, type Properties, type ProvisionContext, type Provisioned } from './resources';
import { ROLE_RETRY_SECONDS } from './resources/role-propagation';
import type { Authority } from './service-role';
import { changedProperties, isLive, needsReplacement, orderedResources, resolveOutputs, resolveProperties, stackResolveContext } from './stack-context';
import { parseTemplateText, type Template } from './template';

export const STACK_TYPE = 'AWS::CloudFormation::Stack';
/** How long one resource may take in a backend (e.g. a table becoming ACTIVE). */
const RESOURCE_DEADLINE_MS = 5 * 60_000;

export interface EngineDeps {
  backends(): Backends;
  logGroups: LogGroupStore;
  accountId: string;
  /** Called after every recorded change (persistence). */
  changed(): void;
  /** The value of another stack's export in a region (Fn::ImportValue). */
  exportValue(name: string, region: string): string | undefined;
  /** AWS durations (handler retries) are multiplied by this, like every other wait of the endpoint. */
  timeScale: number;
  /** Whom the handlers' permissions are checked against for this stack (undefined: nothing checked). */
  authority(stack: StackRecord): Authority | undefined;
}

/** A resource failure whose message is the failed event's reason as it stands. */
class ResourceFailure extends Error {}

/** A failed resource's event reason: our own wording as it stands, a backend's error as its handler message. */
function reasonOf(error: unknown, type: string): string {
  return error instanceof ResourceFailure ? error.message : handlerMessage(error, type);
}

/** Resolution problems (template errors) are reported in their own words, not as a backend failure. */
function asResourceFailure(error: unknown): ResourceFailure {
  return error instanceof ResourceFailure ? error : new ResourceFailure((error as Error).message);
}

function randomSuffix(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** `<stack>-<logicalId>-<RANDOM><suffix>`, cut to fit as AWS does (the random part always kept). */
export function generatePhysicalName(stackName: string, logicalId: string, maxLength: number, suffix = ''): string {
  const random = randomSuffix();
  const room = maxLength - suffix.length - random.length - 1;
  return `${`${stackName}-${logicalId}`.slice(0, Math.max(1, room))}-${random}${suffix}`;
}

/** The ARN a live resource is authorised by (a log group's without GetAtt's trailing `:*`). */
function resourceArnOf(record: ResourceRecord): string | undefined {
  const arn = record.attributes.Arn ?? (record.physicalId?.startsWith('arn:') ? record.physicalId : undefined);
  return arn?.replace(/:\*$/, '');
}

/** The name a resource was created under (the queue name for SQS, whose physical id is its URL). */
function existingName(record: ResourceRecord): string {
  return record.attributes.QueueName ?? record.attributes.Name ?? record.physicalId ?? record.logicalId;
}

function tagRecord(tags: Tag[]): Record<string, string> {
  return Object.fromEntries(tags.map((t) => [t.Key, t.Value]));
}

/** What an update did to one resource, so a rollback can undo it. */
interface UpdateStep {
  id: string;
  kind: 'created' | 'modified' | 'replaced';
  /** The old resource a replacement stands in for (deleted in clean-up, or restored by a rollback). */
  replaced?: ResourceRecord;
  /** The resource before an in-place modification. */
  before?: ResourceRecord;
}

export class StackEngine {
  constructor(private readonly deps: EngineDeps) {}

  // ---- events and status ----

  private now(): string {
    return new Date().toISOString();
  }

  private pushEvent(stack: StackRecord, event: Omit<StackEventRecord, 'EventId' | 'StackId' | 'StackName' | 'Timestamp'>): void {
    stack.events.push({ EventId: randomUUID(), StackId: stack.StackId, StackName: stack.StackName, Timestamp: this.now(), ...event });
    this.deps.changed();
  }

  /** Sets the stack's status with its own event; `stackReason` is what DescribeStacks shows (defaults to the event's). */
  setStackStatus(stack: StackRecord, status: string, reason?: string, stackReason: string | undefined = reason): void {
    stack.StackStatus = status;
    stack.StackStatusReason = stackReason;
    this.pushEvent(stack, { LogicalResourceId: stack.StackName, PhysicalResourceId: stack.StackId, ResourceType: STACK_TYPE, ResourceStatus: status, ResourceStatusReason: reason });
  }

  private setResourceStatus(stack: StackRecord, record: ResourceRecord, status: ResourceStatus, reason?: string): void {
    record.status = status;
    record.statusReason = reason;
    record.updated = this.now();
    this.pushEvent(stack, {
      LogicalResourceId: record.logicalId,
      PhysicalResourceId: record.physicalId ?? '',
      ResourceType: record.type,
      ResourceStatus: status,
      ResourceStatusReason: reason,
      ResourceProperties: Object.keys(record.properties).length > 0 ? JSON.stringify(record.properties) : undefined,
    });
  }

  private context(stack: StackRecord, template: Template, parameters: Record<string, string>, resources: Record<string, ResourceRecord>): ResolveContext {
    return stackResolveContext({ stack, template, parameters, resources, accountId: this.deps.accountId, exportValue: (name) => this.deps.exportValue(name, stack.region) });
  }

  private provisionContext(stack: StackRecord, logicalId: string, nameInUse?: string): ProvisionContext {
    // One generated name per resource operation: the ARN authorised before a create is the one it gets.
    const generated = new Map<string, string>();
    const generatedName = (maxLength: number, suffix = ''): string => {
      const key = `${maxLength}/${suffix}`;
      if (!generated.has(key)) generated.set(key, nameInUse ?? generatePhysicalName(stack.StackName, logicalId, maxLength, suffix));
      return generated.get(key) as string;
    };
    return {
      backends: this.deps.backends(),
      logGroups: this.deps.logGroups,
      region: stack.region,
      accountId: this.deps.accountId,
      stackName: stack.StackName,
      logicalId,
      stackTags: tagRecord(stack.tags),
      generatedName,
      deadline: Date.now() + RESOURCE_DEADLINE_MS,
      roleRetry: { deadline: Date.now() + ROLE_RETRY_SECONDS * 1000 * this.deps.timeScale, timeScale: this.deps.timeScale },
    };
  }

  // ---- single resources ----

  /** Creates one resource into `resources[logicalId]`; false when it failed (CREATE_FAILED recorded). */
  private async createResource(stack: StackRecord, template: Template, logicalId: string, ctx: ResolveContext, resources: Record<string, ResourceRecord>, nameInUse?: string): Promise<boolean> {
    const def = template.Resources[logicalId];
    const record: ResourceRecord = { logicalId, type: def.Type, attributes: {}, properties: {}, status: 'CREATE_IN_PROGRESS', updated: this.now() };
    resources[logicalId] = record;
    this.setResourceStatus(stack, record, 'CREATE_IN_PROGRESS');
    try {
      const provisioner = provisioners.get(def.Type);
      if (!provisioner) throw new ResourceFailure(`Unsupported resource type ${def.Type}`);
      try {
        record.properties = resolveProperties(template, logicalId, ctx);
      } catch (error) {
        throw asResourceFailure(error);
      }
      const provisionContext = this.provisionContext(stack, logicalId, nameInUse);
      authorizeHandler(this.deps.authority(stack), 'create', { type: def.Type, resourceArn: provisioner.arnFor(record.properties, provisionContext), properties: record.properties });
      const created = await provisioner.create(record.properties, provisionContext);
      this.apply(record, created);
      this.setResourceStatus(stack, record, 'CREATE_IN_PROGRESS', 'Resource creation Initiated');
      this.setResourceStatus(stack, record, 'CREATE_COMPLETE');
      return true;
    } catch (error) {
      this.setResourceStatus(stack, record, 'CREATE_FAILED', reasonOf(error, record.type));
      return false;
    }
  }

  private apply(record: ResourceRecord, provisioned: Provisioned): void {
    record.physicalId = provisioned.physicalId;
    record.attributes = provisioned.attributes;
  }

  /** Deletes one resource (its record stays, DELETE_COMPLETE); false when the backend refused. */
  private async deleteResource(stack: StackRecord, record: ResourceRecord, retain = false): Promise<boolean> {
    if (record.status === 'DELETE_COMPLETE' || record.status === 'DELETE_SKIPPED') return true;
    if (retain) {
      this.setResourceStatus(stack, record, 'DELETE_SKIPPED');
      return true;
    }
    this.setResourceStatus(stack, record, 'DELETE_IN_PROGRESS');
    const provisioner = provisioners.get(record.type);
    try {
      if (provisioner && record.physicalId) {
        authorizeHandler(this.deps.authority(stack), 'delete', { type: record.type, resourceArn: resourceArnOf(record), properties: record.properties });
        await provisioner.delete({ physicalId: record.physicalId, attributes: record.attributes }, this.provisionContext(stack, record.logicalId));
      }
      this.setResourceStatus(stack, record, 'DELETE_COMPLETE');
      return true;
    } catch (error) {
      this.setResourceStatus(stack, record, 'DELETE_FAILED', reasonOf(error, record.type));
      return false;
    }
  }

  /** Changes a resource in place (or re-creates it under the same name when its type has no in-place update). */
  private async modifyResource(stack: StackRecord, record: ResourceRecord, next: Properties): Promise<void> {
    const provisioner = provisioners.get(record.type);
    if (!provisioner || !record.physicalId) throw new ResourceFailure(`Unsupported resource type ${record.type}`);
    const current = { physicalId: record.physicalId, attributes: record.attributes };
    const ctx = this.provisionContext(stack, record.logicalId, existingName(record));
    authorizeHandler(this.deps.authority(stack), 'update', { type: record.type, resourceArn: resourceArnOf(record), properties: next });
    const updated = provisioner.update
      ? await provisioner.update(current, record.properties, next, ctx)
      : await provisioner.delete(current, ctx).then(() => provisioner.create(next, ctx));
    this.apply(record, updated);
    record.properties = next;
  }

  /** Deletes resources in the reverse of the template's dependency order; the logical ids that failed. */
  private async deleteInReverse(stack: StackRecord, templateBody: string, records: ResourceRecord[], retainByPolicy = true): Promise<string[]> {
    let order: string[] = [];
    try {
      order = creationOrder(parseTemplateText(templateBody));
    } catch {
      // A template that no longer parses (should not happen): fall back to the records' own order.
    }
    const rank = (r: ResourceRecord): number => order.indexOf(r.logicalId);
    const sorted = [...records].sort((a, b) => rank(b) - rank(a));
    const template = safeParse(templateBody);
    const failed: string[] = [];
    for (const record of sorted) {
      const retain = retainByPolicy && template?.Resources[record.logicalId]?.DeletionPolicy === 'Retain' && isLive(record);
      if (!(await this.deleteResource(stack, record, retain))) failed.push(record.logicalId);
    }
    return failed;
  }

  // ---- stack operations ----

  async create(stack: StackRecord, template: Template): Promise<void> {
    this.setStackStatus(stack, 'CREATE_IN_PROGRESS', 'User Initiated');
    let failure: string | undefined;
    try {
      const ctx = this.context(stack, template, stack.parameters, stack.resources);
      for (const id of orderedResources(template, ctx)) {
        if (!(await this.createResource(stack, template, id, ctx, stack.resources))) {
          failure = `The following resource(s) failed to create: [${id}]. `;
          break;
        }
      }
      if (!failure) stack.outputs = resolveOutputs(template, ctx);
    } catch (error) {
      failure = (error as Error).message;
    }
    if (!failure) {
      this.setStackStatus(stack, 'CREATE_COMPLETE');
      return;
    }
    const created = Object.values(stack.resources);
    if (stack.onFailure === 'DO_NOTHING') {
      this.setStackStatus(stack, 'CREATE_FAILED', failure);
    } else if (stack.onFailure === 'DELETE') {
      this.setStackStatus(stack, 'CREATE_FAILED', failure);
      await this.delete(stack, `${failure}Delete requested by user.`);
    } else {
      const reason = `${failure}Rollback requested by user.`;
      this.setStackStatus(stack, 'ROLLBACK_IN_PROGRESS', reason);
      const failedDeletes = await this.deleteInReverse(stack, stack.templateBody, created, false);
      if (failedDeletes.length > 0) this.setStackStatus(stack, 'ROLLBACK_FAILED', `The following resource(s) failed to delete: [${failedDeletes.join(', ')}]. `);
      else this.setStackStatus(stack, 'ROLLBACK_COMPLETE', undefined, reason);
    }
  }

  async delete(stack: StackRecord, reason = 'User Initiated'): Promise<void> {
    this.setStackStatus(stack, 'DELETE_IN_PROGRESS', reason);
    const failed = await this.deleteInReverse(stack, stack.templateBody, Object.values(stack.resources));
    if (failed.length > 0) {
      this.setStackStatus(stack, 'DELETE_FAILED', `The following resource(s) failed to delete: [${failed.join(', ')}]. `);
      return;
    }
    stack.DeletionTime = this.now();
    stack.outputs = [];
    this.setStackStatus(stack, 'DELETE_COMPLETE');
  }

  /** Applies a new template (and parameters/tags) to an existing stack; rolls back to the previous one on failure. */
  async update(stack: StackRecord, templateBody: string, parameters: Record<string, string>, tags: Tag[], capabilities: string[]): Promise<void> {
    const previous: StackSnapshot = structuredClone({ templateBody: stack.templateBody, parameters: stack.parameters, resources: stack.resources, outputs: stack.outputs, tags: stack.tags });
    const template = parseTemplateText(templateBody);
    Object.assign(stack, { templateBody, parameters, tags, capabilities, Description: template.Description, LastUpdatedTime: this.now() });
    this.setStackStatus(stack, 'UPDATE_IN_PROGRESS', 'User Initiated');

    const resources = stack.resources;
    const steps: UpdateStep[] = [];
    let failure: string | undefined;
    let wanted: string[] = [];
    try {
      const ctx = this.context(stack, template, parameters, resources);
      wanted = orderedResources(template, ctx);
      for (const id of wanted) {
        const def = template.Resources[id];
        const old = resources[id];
        if (!isLive(old)) {
          steps.push({ id, kind: 'created' });
          if (!(await this.createResource(stack, template, id, ctx, resources))) {
            failure = `The following resource(s) failed to create: [${id}]. `;
            break;
          }
          continue;
        }
        let next: Properties;
        try {
          next = resolveProperties(template, id, ctx);
        } catch (error) {
          this.setResourceStatus(stack, old, 'UPDATE_FAILED', asResourceFailure(error).message);
          failure = `The following resource(s) failed to update: [${id}]. `;
          break;
        }
        const changed = old.type === def.Type ? changedProperties(old.properties, next) : ['Type'];
        if (changed.length === 0) continue;
        const provisioner = provisioners.get(def.Type);
        if (needsReplacement(old.type, def.Type, changed)) {
          const customName = provisioner && next[provisioner.nameProperty] !== undefined ? String(next[provisioner.nameProperty]) : undefined;
          if (customName !== undefined && customName === existingName(old)) {
            this.setResourceStatus(stack, old, 'UPDATE_FAILED', `CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename ${customName} and update the stack again.`);
            failure = `The following resource(s) failed to update: [${id}]. `;
            break;
          }
          this.setResourceStatus(stack, old, 'UPDATE_IN_PROGRESS', 'Requested update requires the creation of a new physical resource; hence creating one.');
          steps.push({ id, kind: 'replaced', replaced: old });
          if (!(await this.createResource(stack, template, id, ctx, resources))) {
            failure = `The following resource(s) failed to update: [${id}]. `;
            break;
          }
          continue;
        }
        steps.push({ id, kind: 'modified', before: structuredClone(old) });
        this.setResourceStatus(stack, old, 'UPDATE_IN_PROGRESS');
        try {
          await this.modifyResource(stack, old, next);
          this.setResourceStatus(stack, old, 'UPDATE_COMPLETE');
        } catch (error) {
          this.setResourceStatus(stack, old, 'UPDATE_FAILED', reasonOf(error, old.type));
          failure = `The following resource(s) failed to update: [${id}]. `;
          break;
        }
      }
      if (!failure) stack.outputs = resolveOutputs(template, ctx);
    } catch (error) {
      failure ??= (error as Error).message;
    }

    if (!failure) {
      this.setStackStatus(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
      const removed = Object.values(previous.resources).filter((r) => isLive(r) && !wanted.includes(r.logicalId)).map((r) => resources[r.logicalId]);
      const replaced = steps.flatMap((s) => (s.replaced ? [s.replaced] : []));
      await this.deleteInReverse(stack, previous.templateBody, [...removed, ...replaced]);
      for (const record of removed) delete resources[record.logicalId];
      this.setStackStatus(stack, 'UPDATE_COMPLETE');
      return;
    }
    await this.rollbackUpdate(stack, previous, steps, failure);
  }

  private async rollbackUpdate(
    stack: StackRecord,
    previous: StackSnapshot,
    steps: UpdateStep[],
    failure: string,
  ): Promise<void> {
    this.setStackStatus(stack, 'UPDATE_ROLLBACK_IN_PROGRESS', failure);
    const resources = stack.resources;
    const cleanup: ResourceRecord[] = [];
    let rollbackFailed = false;
    for (const step of [...steps].reverse()) {
      const current = resources[step.id];
      if (step.kind === 'created') {
        cleanup.push(current);
      } else if (step.kind === 'replaced' && step.replaced) {
        cleanup.push(current);
        resources[step.id] = step.replaced;
        this.setResourceStatus(stack, step.replaced, 'UPDATE_COMPLETE');
      } else if (step.kind === 'modified' && step.before) {
        this.setResourceStatus(stack, current, 'UPDATE_IN_PROGRESS');
        try {
          await this.modifyResource(stack, current, step.before.properties);
          this.setResourceStatus(stack, current, 'UPDATE_COMPLETE');
        } catch (error) {
          this.setResourceStatus(stack, current, 'UPDATE_FAILED', reasonOf(error, current.type));
          rollbackFailed = true;
        }
      }
    }
    Object.assign(stack, { templateBody: previous.templateBody, parameters: previous.parameters, outputs: previous.outputs, tags: previous.tags });
    stack.Description = safeParse(previous.templateBody)?.Description;
    this.setStackStatus(stack, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS');
    const failedDeletes = await this.deleteInReverse(stack, stack.templateBody, cleanup, false);
    for (const record of cleanup) if (resources[record.logicalId] === record) delete resources[record.logicalId];
    if (rollbackFailed || failedDeletes.length > 0) this.setStackStatus(stack, 'UPDATE_ROLLBACK_FAILED', failure);
    else this.setStackStatus(stack, 'UPDATE_ROLLBACK_COMPLETE', undefined, failure);
  }
}

function safeParse(body: string): Template | undefined {
  try {
    return parseTemplateText(body);
  } catch {
    return undefined;
  }
}
