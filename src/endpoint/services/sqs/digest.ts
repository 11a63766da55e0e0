// The MD5 digests SQS returns with sends and receives, computed exactly as the SDKs verify them.
import { hash } from 'node:crypto';

export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  /** Base64 on the JSON wire. */
  BinaryValue?: string;
}

export function md5Hex(data: string | Buffer): string {
  // The one-shot digest: no Hash object per call (two or more digests per message sent).
  return hash('md5', data, 'hex');
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
  // Each value's bytes once, then written into one buffer (no buffer per length prefix).
  const fields: Buffer[] = [];
  const transports: number[] = [];
  for (const name of names) {
    const { DataType, StringValue, BinaryValue } = attributes[name];
    const binary = isBinaryType(DataType);
    fields.push(Buffer.from(name, 'utf8'), Buffer.from(DataType, 'utf8'), binary ? Buffer.from(BinaryValue ?? '', 'base64') : Buffer.from(StringValue ?? '', 'utf8'));
    transports.push(binary ? 2 : 1);
  }
  const out = Buffer.allocUnsafe(fields.reduce((size, field) => size + 4 + field.length, 0) + transports.length);
  let at = 0;
  const put = (field: Buffer): void => {
    at = out.writeUInt32BE(field.length, at);
    at += field.copy(out, at);
  };
  for (let i = 0; i < transports.length; i++) {
    put(fields[3 * i]);
    put(fields[3 * i + 1]);
    at = out.writeUInt8(transports[i], at);
    put(fields[3 * i + 2]);
  }
  return md5Hex(out);
}
