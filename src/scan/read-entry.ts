import { isUtf8 } from 'node:buffer';
import { lstatSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SnapshotFile } from '../wire/snapshot.js';
import { blobId, blobIdOfFile } from './blob-id.js';
import type { Candidate } from './types.js';

export interface ReadOptions {
  root: string;
  maxFileSize: number;
  objectFormat: 'sha1' | 'sha256';
}

/** What a read touched, so callers can log why an entry was skipped without guessing. */
export interface ReadNote {
  path: string;
  message: string;
}

export interface FileSystem {
  lstat(path: string): Stats;
  readFile(path: string): Buffer;
  readlink(path: string): Buffer;
}

export const realFileSystem: FileSystem = {
  lstat: (path) => lstatSync(path),
  readFile: (path) => readFileSync(path),
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
  const absolute = join(options.root, path);
  let stats: Stats;
  try {
    stats = fs.lstat(absolute);
  } catch (error) {
    return unreadable(candidate, 'file', notes, error);
  }
  if (stats.isSymbolicLink()) return readLink(candidate, absolute, options, fs, notes);
  if (!stats.isFile()) {
    notes.push({ path, message: 'not a regular file (a directory, FIFO or socket), listed without content' });
    return { path, type: 'file', sha: candidate.indexSha ?? null, size: 0, content: null, skipped: 'unreadable' };
  }
  const known = candidate.indexSha ?? candidate.gitSha;
  try {
    if (stats.size > options.maxFileSize) {
      const sha = known ?? blobIdOfFile(absolute, stats.size, options.objectFormat);
      return { path, type: 'file', sha, size: stats.size, content: null, skipped: 'too-large' };
    }
    const bytes = fs.readFile(absolute);
    const sha = known ?? blobId(bytes, options.objectFormat);
    if (isBinary(bytes)) return { path, type: 'file', sha, size: bytes.length, content: null, skipped: 'binary' };
    return { path, type: 'file', sha, size: bytes.length, content: bytes.toString('utf8') };
  } catch (error) {
    return unreadable(candidate, 'file', notes, error, stats.size);
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
