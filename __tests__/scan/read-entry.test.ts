import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBinary, readEntry, realFileSystem, type ReadNote } from '../../src/scan/read-entry.js';
import { hashObject, makeRepo, removeDir, tempDir } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

const options = (root: string, maxFileSize = 1 << 20) => ({ root, maxFileSize, objectFormat: 'sha1' as const });

describe('readEntry', () => {
  it('keeps UTF-8 text byte for byte, BOM and CRLF included', () => {
    const root = tempDir();
    dirs.push(root);
    const text = '\uFEFF# Title\r\nnaïve café 😀\r\n';
    writeFileSync(join(root, 'bom.md'), text);
    const entry = readEntry({ path: 'bom.md', kind: 'unknown' }, options(root));
    expect(entry).toMatchObject({ type: 'file', content: text, size: Buffer.byteLength(text) });
  });

  it('lists binary files (a NUL byte, or bytes that are not UTF-8) with content null and their blob id', () => {
    const root = makeRepo();
    dirs.push(root);
    writeFileSync(join(root, 'nul.dat'), Buffer.from('text then \0 nul'));
    writeFileSync(join(root, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    for (const path of ['nul.dat', 'latin1.txt']) {
      const entry = readEntry({ path, kind: 'unknown' }, options(root));
      expect(entry).toMatchObject({ content: null, skipped: 'binary', sha: hashObject(root, path) });
    }
  });

  it('only sniffs NULs in the first 8 KiB, but checks all of it for UTF-8', () => {
    const late = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]);
    expect(isBinary(late)).toBe(false);
    const badTail = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0xff])]);
    expect(isBinary(badTail)).toBe(true);
  });

  it('does not read a file over max-file-size into memory, yet gives its id: a 100 MB file', () => {
    const root = makeRepo();
    dirs.push(root);
    const big = Buffer.alloc(100 * 1024 * 1024, 0x61);
    writeFileSync(join(root, 'big.txt'), big);
    let reads = 0;
    const fs = { ...realFileSystem, read: (fd: number, size: number) => (reads++, realFileSystem.read(fd, size)) };
    const entry = readEntry({ path: 'big.txt', kind: 'unknown' }, options(root), fs);
    expect(entry).toMatchObject({
      content: null,
      skipped: 'too-large',
      size: big.length,
      sha: hashObject(root, 'big.txt'),
    });
    expect(reads).toBe(0);
  });

  it('lists an unreadable file with skipped "unreadable" and a note, instead of failing the run', () => {
    const root = tempDir();
    dirs.push(root);
    writeFileSync(join(root, 'locked.txt'), 'secret');
    // Tests run as root in CI, where chmod 000 does not stop a read; the failure is injected at the fs edge.
    const fs = {
      ...realFileSystem,
      openNoFollow: (): number => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    };
    const notes: ReadNote[] = [];
    const entry = readEntry({ path: 'locked.txt', kind: 'unknown', indexSha: 'abc' }, options(root), fs, notes);
    expect(entry).toMatchObject({ content: null, skipped: 'unreadable', sha: 'abc' });
    expect(notes).toEqual([{ path: 'locked.txt', message: expect.stringContaining('EACCES') }]);
  });

  it('lists a file that vanished after listing as unreadable', () => {
    const root = tempDir();
    dirs.push(root);
    const notes: ReadNote[] = [];
    const entry = readEntry({ path: 'gone.txt', kind: 'unknown' }, options(root), realFileSystem, notes);
    expect(entry.skipped).toBe('unreadable');
    expect(notes[0]?.message).toContain('ENOENT');
  });

  it('lists a FIFO without blocking on it', () => {
    const root = tempDir();
    dirs.push(root);
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const entry = readEntry({ path: 'pipe', kind: 'unknown' }, options(root));
    expect(entry).toMatchObject({ skipped: 'unreadable', content: null });
  });

  it('lists a directory where git expected a file as unreadable', () => {
    const root = tempDir();
    dirs.push(root);
    mkdirSync(join(root, 'was-a-file'));
    expect(readEntry({ path: 'was-a-file', kind: 'file' }, options(root)).skipped).toBe('unreadable');
  });
});
