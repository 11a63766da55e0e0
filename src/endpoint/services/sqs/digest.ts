// The MD5 digests SQS returns with sends and receives, computed exactly as the SDKs verify them.
import { createHash } from 'node:crypto';

export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  /** Base64 on the JSON wire. */
  BinaryValue?: string;
}

export function md5Hex(data: string | Buffer): string {
  return createHash('md5').update(data).digest('hex');
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** Binary data types (`Binary`, `Binary.custom`) are digested as bytes with transport type 2. */
export function isBinaryType(dataType: string): boolean {
  return dataType === 'Binary' || dataType.startsWith('Binary.');
}

/**
 * Over the attributes sorted by name: for each, the length-prefixed name and data type, one transport
 * byte (1 string/number, 2 binary) and the length-prefixed value. Undefined when there are none.
 */
export function md5OfMessageAttributes(attributes: Record<string, MessageAttributeValue> | undefined): string | undefined {
  const names = Object.keys(attributes ?? {}).sort();
  if (!attributes || names.length === 0) return undefined;
  const parts: Buffer[] = [];
  for (const name of names) {
    const { DataType, StringValue, BinaryValue } = attributes[name];
    const binary = isBinaryType(DataType);
    parts.push(lengthPrefixed(Buffer.from(name, 'utf8')));
    parts.push(lengthPrefixed(Buffer.from(DataType, 'utf8')));
    parts.push(Buffer.from([binary ? 2 : 1]));
    parts.push(lengthPrefixed(binary ? Buffer.from(BinaryValue ?? '', 'base64') : Buffer.from(StringValue ?? '', 'utf8')));
  }
  return md5Hex(Buffer.concat(parts));
}
