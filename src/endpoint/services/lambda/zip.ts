// Reads the files of a deployment package (.zip) in memory: the central directory names each entry,
// its local header locates the data, which is either stored or raw-deflated. Enough for the packages
// the SDK, the CLI and CloudFormation send (no encryption, no zip64, no multi-disk archives).
import { inflateRawSync } from 'node:zlib';
import { AwsError } from '../../types';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** File path inside the package -> contents. Directories are left out. */
export type PackageFiles = Map<string, Buffer>;

export function unzip(zip: Buffer): PackageFiles {
  if (zip.length < 22) throw invalid('not a zip file');
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files: PackageFiles = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw invalid('corrupt central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    files.set(name, readEntry(zip, localHeader, method, compressedSize, name));
  }
  return files;
}

function readEntry(zip: Buffer, localHeader: number, method: number, compressedSize: number, name: string): Buffer {
  if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) throw invalid(`corrupt local header for ${name}`);
  // The local header's own name/extra lengths may differ from the central directory's.
  const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === STORED) return Buffer.from(data);
  if (method === DEFLATED) return inflateRawSync(data);
  throw invalid(`${name} uses compression method ${method}; only stored and deflated entries are supported`);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= lowest; i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw invalid('not a zip file');
}

function invalid(why: string): AwsError {
  return new AwsError('InvalidParameterValueException', `Could not unzip uploaded file: ${why}.`);
}
