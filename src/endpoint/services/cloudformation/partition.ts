// AWS partitions: the ARN prefix and domain of a region (China and GovCloud regions are partitions of their own).

export interface Partition {
  /** `aws`, `aws-cn` or `aws-us-gov`: what ARNs and AWS::Partition carry. */
  name: string;
  /** The domain of service endpoints (AWS::URLSuffix). */
  urlSuffix: string;
}

export function partitionOf(region: string): Partition {
  if (region.startsWith('cn-')) return { name: 'aws-cn', urlSuffix: 'amazonaws.com.cn' };
  if (region.startsWith('us-gov-')) return { name: 'aws-us-gov', urlSuffix: 'amazonaws.com' };
  return { name: 'aws', urlSuffix: 'amazonaws.com' };
}

/** `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export function arn(service: string, region: string, accountId: string, resource: string): string {
  return `arn:${partitionOf(region).name}:${service}:${region}:${accountId}:${resource}`;
}
