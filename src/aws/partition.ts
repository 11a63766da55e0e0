// The AWS partition of a region: the second field of every ARN. Regions of China and of AWS GovCloud (US) live in
// their own partitions, so an ARN built with the commercial partition's prefix names nothing there.
// Kept free of SDK imports: the input parser uses it before anything heavy is loaded.

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-e' | 'aws-iso-f' | 'aws-eusc';

/**
 * The partition that holds the region, from the region name's prefix as the AWS SDKs' partition table does:
 * cn-* is aws-cn, us-gov-* is aws-us-gov, us-iso-* / us-isob-* / eu-isoe-* / us-isof-* the isolated partitions,
 * eusc-* the European Sovereign Cloud; every other region is in aws.
 */
export function partitionOf(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

/** The partition an ARN names (its second field), or undefined when the text is not an ARN. */
export function partitionOfArn(arn: string): string | undefined {
  const match = /^arn:([a-z-]+):/.exec(arn);
  return match?.[1];
}
