// partitionOf: the ARN partition of each kind of region, as the SDKs' partition table groups them.
import { describe, expect, it } from '@jest/globals';
import { partitionOf, partitionOfArn } from '../../src/aws/partition';

describe('partitionOf', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['ap-southeast-5', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
  ])('%s is in %s', (region, partition) => {
    expect(partitionOf(region)).toBe(partition);
  });

  it('reads the partition an ARN names', () => {
    expect(partitionOfArn('arn:aws-us-gov:iam::123456789012:role/x')).toBe('aws-us-gov');
    expect(partitionOfArn('role/x')).toBeUndefined();
  });
});
