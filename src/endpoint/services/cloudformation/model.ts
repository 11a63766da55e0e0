// The records the CloudFormation model keeps (JSON-serialisable, so they persist as they are).
import type { Properties } from './resources';

export type ResourceStatus =
  | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'CREATE_FAILED'
  | 'UPDATE_IN_PROGRESS' | 'UPDATE_COMPLETE' | 'UPDATE_FAILED'
  | 'DELETE_IN_PROGRESS' | 'DELETE_COMPLETE' | 'DELETE_FAILED' | 'DELETE_SKIPPED';

export interface ResourceRecord {
  logicalId: string;
  type: string;
  physicalId?: string;
  attributes: Record<string, string>;
  /** Properties as last applied (resolved). */
  properties: Properties;
  status: ResourceStatus;
  statusReason?: string;
  /** ISO time of the last status change. */
  updated: string;
}

export interface StackEventRecord {
  EventId: string;
  StackId: string;
  StackName: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceType: string;
  Timestamp: string;
  ResourceStatus: string;
  ResourceStatusReason?: string;
  ResourceProperties?: string;
}

export interface OutputRecord {
  OutputKey: string;
  OutputValue: string;
  Description?: string;
  ExportName?: string;
}

export interface Tag {
  Key: string;
  Value: string;
}

/** A parameter as the caller gave it. */
export interface GivenParameter {
  ParameterKey: string;
  ParameterValue?: string;
  UsePreviousValue?: boolean;
}

export interface ChangeRecord {
  Action: 'Add' | 'Modify' | 'Remove';
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceType: string;
  Replacement?: 'True' | 'False' | 'Conditional';
  Scope: string[];
  /** Changed top-level property names (Modify only). */
  ChangedProperties?: string[];
}

export interface ChangeSetRecord {
  ChangeSetId: string;
  ChangeSetName: string;
  ChangeSetType: 'CREATE' | 'UPDATE';
  StackId: string;
  StackName: string;
  Description?: string;
  Status: 'CREATE_PENDING' | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'DELETE_COMPLETE' | 'FAILED';
  StatusReason?: string;
  ExecutionStatus: 'UNAVAILABLE' | 'AVAILABLE' | 'EXECUTE_IN_PROGRESS' | 'EXECUTE_COMPLETE' | 'EXECUTE_FAILED' | 'OBSOLETE';
  CreationTime: string;
  templateBody: string;
  /** Effective parameter values for the change set. */
  parameters: Record<string, string>;
  capabilities: string[];
  tags: Tag[];
  changes: ChangeRecord[];
  /** The service role given with the change set, the stack's from its execution on. */
  roleArn?: string;
}

/** What an update can roll back to. */
export interface StackSnapshot {
  templateBody: string;
  parameters: Record<string, string>;
  resources: Record<string, ResourceRecord>;
  outputs: OutputRecord[];
  tags: Tag[];
}

export interface StackRecord {
  StackId: string;
  StackName: string;
  Description?: string;
  StackStatus: string;
  StackStatusReason?: string;
  CreationTime: string;
  LastUpdatedTime?: string;
  DeletionTime?: string;
  templateBody: string;
  /** Effective parameter values (defaults filled in). */
  parameters: Record<string, string>;
  capabilities: string[];
  tags: Tag[];
  /** CreateStack's OnFailure: ROLLBACK (default), DELETE or DO_NOTHING (DisableRollback). */
  onFailure: 'ROLLBACK' | 'DELETE' | 'DO_NOTHING';
  outputs: OutputRecord[];
  resources: Record<string, ResourceRecord>;
  /** Oldest first (DescribeStackEvents answers newest first). */
  events: StackEventRecord[];
  changeSets: ChangeSetRecord[];
  region: string;
  /** The service role CloudFormation acts as for this stack (RoleARN); once given, it stays with the stack. */
  roleArn?: string;
}

export const IN_PROGRESS = /_IN_PROGRESS$/;
