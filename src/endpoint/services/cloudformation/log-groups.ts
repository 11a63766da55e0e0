// CloudWatch Logs log groups as CloudFormation keeps them. The endpoint offers no CloudWatch Logs API,
// so the log groups a stack declares live here, in CloudFormation's own persisted state.
import { partitionOf } from './partition';

export interface LogGroupRecord {
  name: string;
  region: string;
  /** As GetAtt Arn gives it: `arn:<partition>:logs:<region>:<account>:log-group:<name>:*`. */
  arn: string;
  retentionInDays?: number;
  tags: Record<string, string>;
  /** Milliseconds since the epoch, as DescribeLogGroups gives creationTime. */
  creationTime: number;
}

export class LogGroupStore {
  private groups = new Map<string, LogGroupRecord>();

  constructor(private readonly changed: () => void = () => undefined) {}

  private key(name: string, region: string): string {
    return `${region}\u0000${name}`;
  }

  get(name: string, region: string): LogGroupRecord | undefined {
    return this.groups.get(this.key(name, region));
  }

  list(region?: string): LogGroupRecord[] {
    return [...this.groups.values()].filter((g) => region === undefined || g.region === region);
  }

  /** Adds a log group; the caller has made sure the name is free. */
  create(name: string, region: string, accountId: string, retentionInDays: number | undefined, tags: Record<string, string>): LogGroupRecord {
    const record: LogGroupRecord = {
      name,
      region,
      arn: `arn:${partitionOf(region).name}:logs:${region}:${accountId}:log-group:${name}:*`,
      retentionInDays,
      tags,
      creationTime: Date.now(),
    };
    this.groups.set(this.key(name, region), record);
    this.changed();
    return record;
  }

  update(name: string, region: string, change: { retentionInDays?: number; tags: Record<string, string> }): LogGroupRecord | undefined {
    const record = this.get(name, region);
    if (!record) return undefined;
    record.retentionInDays = change.retentionInDays;
    record.tags = change.tags;
    this.changed();
    return record;
  }

  /** True when there was one to delete. */
  delete(name: string, region: string): boolean {
    const deleted = this.groups.delete(this.key(name, region));
    if (deleted) this.changed();
    return deleted;
  }

  snapshot(): LogGroupRecord[] {
    return [...this.groups.values()];
  }

  restore(records: LogGroupRecord[] | undefined): void {
    this.groups = new Map((records ?? []).map((r) => [this.key(r.name, r.region), r]));
  }
}
