import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/** Git's object id of a blob: the hash of `blob <size>\0<bytes>` (SHA-1, or SHA-256 in a sha256 repository). */
export function blobId(bytes: Uint8Array, format: 'sha1' | 'sha256' = 'sha1'): string {
  return blobHasher(bytes.length, format).update(bytes).digest('hex');
}

function blobHasher(size: number, format: 'sha1' | 'sha256'): Hash {
  return createHash(format).update(`blob ${size}\0`);
}

/** The blob id of a file read in 1 MiB chunks, so a 100 MB file costs 1 MiB of memory. */
export function blobIdOfFile(file: string, size: number, format: 'sha1' | 'sha256' = 'sha1'): string {
  const hash = blobHasher(size, format);
  const chunk = Buffer.allocUnsafe(Math.min(size, 1 << 20) || 1);
  const fd = openSync(file, 'r');
  try {
    let total = 0;
    for (let n = readSync(fd, chunk, 0, chunk.length, null); n > 0; n = readSync(fd, chunk, 0, chunk.length, null)) {
      hash.update(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    if (total !== size) throw new Error(`file changed size while it was read (${size} then ${total} bytes)`);
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
