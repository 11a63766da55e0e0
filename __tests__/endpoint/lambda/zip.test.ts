// Deployment packages: deflated and stored entries, folders skipped, and what is not a zip refused.
import { describe, expect, it } from '@jest/globals';
import { unzip } from '../../../src/endpoint/services/lambda/zip';
import { AwsError } from '../../../src/endpoint/types';
import { buildZip } from './zip-builder';

/** The same package with every entry stored (method 0) instead of deflated. */
function storedZip(files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

describe('unzip', () => {
  it('reads deflated entries, in folders too', () => {
    const files = unzip(buildZip({ 'index.js': 'exports.handler = async () => 1;', 'lib/util.js': 'x'.repeat(5000), 'lib/': '' }));
    expect(files.get('index.js')?.toString()).toBe('exports.handler = async () => 1;');
    expect(files.get('lib/util.js')?.toString()).toBe('x'.repeat(5000));
    expect(files.has('lib/')).toBe(false);
  });

  it('reads stored entries', () => {
    expect(unzip(storedZip({ 'index.js': 'stored text' })).get('index.js')?.toString()).toBe('stored text');
  });

  it('refuses what is not a zip as AWS does (InvalidParameterValueException)', () => {
    for (const bytes of [Buffer.from('not a zip at all, just some text'), Buffer.alloc(3)]) {
      expect(() => unzip(bytes)).toThrow(AwsError);
      try {
        unzip(bytes);
      } catch (error) {
        expect((error as AwsError).code).toBe('InvalidParameterValueException');
      }
    }
  });
});
