import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, readlinkSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SnapshotFile } from '../wire/snapshot.js';
import { blobId, blobIdOfFile } from './blob-id.js';
import type { Candidate } from './types.js';

export interface ReadOptions {
  root: string;
  /**
   * The root as a path relative to the process's working directory, with a trailing slash ('' when
   * they are the same). Opening short relative paths saves the kernel a lookup of every component
   * of an absolute one: about 10% of a 50,000-file scan. Undefined means open by absolute path.
   */
  openPrefix?: string;
  maxFileSize: number;
  objectFormat: 'sha1' | 'sha256';
}

/** What a read touched, so callers can log why an entry was skipped without guessing. */
export interface ReadNote {
  path: string;
  message: string;
}

export interface FileSystem {
  /** Opens for reading without following a final link; undefined when the path is a link. */
  openNoFollow(path: string): number | undefined;
  fstat(fd: number): Stats;
  /** Reads up to `size` bytes from the start of the file. */
  read(fd: number, size: number): Buffer;
  close(fd: number): void;
  readlink(path: string): Buffer;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on regular files.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export const realFileSystem: FileSystem = {
  openNoFollow(path) {
    try {
      return openSync(path, OPEN_FLAGS);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined;
      throw error;
    }
  },
  fstat: (fd) => fstatSync(fd),
  read(fd, size) {
    const buffer = Buffer.allocUnsafe(size);
    let total = 0;
    while (total < size) {
      const n = readSync(fd, buffer, total, size - total, total);
      if (n === 0) break;
      total += n;
    }
    return total === size ? buffer : buffer.subarray(0, total);
  },
  close: (fd) => closeSync(fd),
  readlink: (path) => readlinkSync(path, { encoding: 'buffer' }),
};

const SNIFF_BYTES = 8192;

/** Binary as git and most tools judge it: a NUL byte in the first 8 KiB, or bytes that are not UTF-8. */
export function isBinary(bytes: Buffer): boolean {
  const head = bytes.length > SNIFF_BYTES ? bytes.subarray(0, SNIFF_BYTES) : bytes;
  return head.includes(0) || !isUtf8(bytes);
}

/**
 * Reads one candidate into a snapshot entry. Synchronous on purpose: for tens of thousands of small
 * files a plain read is several times faster than the thread-pool round trips of fs/promises, and
 * the caller yields to the event loop between entries. Never throws for a file's own trouble: an
 * unreadable file becomes an entry with `skipped: "unreadable"` and a note.
 */
export function readEntry(
  candidate: Candidate,
  options: ReadOptions,
  fs: FileSystem = realFileSystem,
  notes: ReadNote[] = [],
): SnapshotFile {
  const { path } = candidate;
  if (candidate.kind === 'submodule') {
    return { path, type: 'submodule', sha: candidate.commit ?? null, size: 0, content: null };
  }
  const absolute = options.openPrefix === undefined ? join(options.root, path) : options.openPrefix + path;
  // One open, one fstat, one read: no lstat for regular files, which is most of them.
  let fd: number | undefined;
  try {
    fd = fs.openNoFollow(absolute);
  } catch (error) {
    return unreadable(candidate, 'file', notes, error);
  }
  if (fd === undefined) return readLink(candidate, absolute, options, fs, notes);
  let size = 0;
  try {
    const stats = fs.fstat(fd);
    size = stats.size;
    if (!stats.isFile()) {
      notes.push({ path, message: 'not a regular file (a directory, FIFO or socket), listed without content' });
      return { path, type: 'file', sha: candidate.indexSha ?? null, size: 0, content: null, skipped: 'unreadable' };
    }
    const known = candidate.indexSha ?? candidate.gitSha;
    if (size > options.maxFileSize) {
      const sha = known ?? blobIdOfFile(absolute, size, options.objectFormat);
      return { path, type: 'file', sha, size, content: null, skipped: 'too-large' };
    }
    const bytes = fs.read(fd, size);
    const sha = known ?? blobId(bytes, options.objectFormat);
    if (isBinary(bytes)) return { path, type: 'file', sha, size: bytes.length, content: null, skipped: 'binary' };
    return { path, type: 'file', sha, size: bytes.length, content: bytes.toString('utf8') };
  } catch (error) {
    return unreadable(candidate, 'file', notes, error, size);
  } finally {
    fs.close(fd);
  }
}

function readLink(
  candidate: Candidate,
  absolute: string,
  options: ReadOptions,
  fs: FileSystem,
  notes: ReadNote[],
): SnapshotFile {
  let target: Buffer;
  try {
    target = fs.readlink(absolute);
  } catch (error) {
    return unreadable(candidate, 'symlink', notes, error);
  }
  // Git stores a link as a blob holding its target text.
  const sha = candidate.indexSha ?? blobId(target, options.objectFormat);
  const text = target.toString('utf8');
  const landing = relative(options.root, resolve(dirname(absolute), text));
  const inside = !isAbsolute(text) && landing !== '..' && !landing.startsWith('../') && !isAbsolute(landing);
  const base = { path: candidate.path, type: 'symlink' as const, sha, size: target.length, content: null };
  if (!inside) return { ...base, skipped: 'outside-root', target: null };
  return { ...base, target: text };
}

function unreadable(
  candidate: Candidate,
  type: 'file' | 'symlink',
  notes: ReadNote[],
  error: unknown,
  size = 0,
): SnapshotFile {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  notes.push({ path: candidate.path, message: `could not be read (${code ?? String(error)}), listed without content` });
  return { path: candidate.path, type, sha: candidate.indexSha ?? null, size, content: null, skipped: 'unreadable' };
}
