import { createHash } from 'node:crypto';
import { RightsRequestError } from './rights.errors.ts';
import type { ScanMediaType } from './rights.records.codes.ts';

/** The largest scanned letter accepted (a few pages at 300 dpi). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

const signatures: { type: ScanMediaType; ext: string; magic: number[] }[] = [
  { type: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export type CheckedScan = { data: Buffer; mediaType: ScanMediaType; ext: string; sha256: string };

const bad = (message: string, field: string) => new RightsRequestError('bad_scan', message, field);

/** Decodes a base64 scan and tells its type by its first bytes; refuses anything else, naming `field`. */
export function checkScan(base64: string, field = 'scan'): CheckedScan {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw bad('ska vara base64 / must be base64', field);
  const data = Buffer.from(base64, 'base64');
  if (data.length === 0) throw bad('filen är tom / the file is empty', field);
  if (data.length > MAX_SCAN_BYTES)
    throw bad(`filen är större än ${MAX_SCAN_BYTES / 1024 / 1024} MB / the file is larger than 10 MB`, field);
  const sig = signatures.find((s) => s.magic.every((b, i) => data[i] === b));
  if (!sig) throw bad('bara PDF, JPEG eller PNG / only PDF, JPEG or PNG', field);
  return { data, mediaType: sig.type, ext: sig.ext, sha256: createHash('sha256').update(data).digest('hex') };
}

/** The longest base64 text of a scan within the limit. */
export const MAX_SCAN_BASE64 = Math.ceil(MAX_SCAN_BYTES / 3) * 4;
