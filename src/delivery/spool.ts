import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListName } from '../commands/snapshot/payload.js';

/**
 * Serialized snapshot entries kept on disk, one JSON line each, so a delivery can be cut into parts
 * of any size (and cut again smaller after a 413) without reading the repository twice or holding
 * it in memory. Only each entry's list and byte length stay in memory.
 */
export class Spool {
  private readonly dir: string;
  private readonly fd: number;
  private offset = 0;
  readonly lists: ListName[] = [];
  readonly lengths: number[] = [];

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'dardocs-spool-'));
    this.fd = openSync(join(this.dir, 'entries.jsonl'), 'w+');
  }

  get count(): number {
    return this.lengths.length;
  }

  private pending: string[] = [];
  private pendingBytes = 0;

  append(list: ListName, json: string): void {
    const line = `${json}\n`;
    const length = Buffer.byteLength(line);
    this.pending.push(line);
    this.pendingBytes += length;
    this.lists.push(list);
    this.lengths.push(length);
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.from(this.pending.join(''));
    for (let written = 0; written < bytes.length;) {
      written += writeSync(this.fd, bytes, written, bytes.length - written, this.offset + written);
    }
    this.offset += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Entries `from` (inclusive) to `to` (exclusive) with their lists, read back from disk. */
  read(from: number, to: number): Array<{ list: ListName; json: string }> {
    this.flush();
    let start = 0;
    for (let i = 0; i < from; i++) start += this.lengths[i] ?? 0;
    let length = 0;
    for (let i = from; i < to; i++) length += this.lengths[i] ?? 0;
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buffer, read, length - read, start + read);
      if (n === 0) throw new Error('snapshot spool is shorter than written');
      read += n;
    }
    const out: Array<{ list: ListName; json: string }> = [];
    let position = 0;
    for (let i = from; i < to; i++) {
      const size = this.lengths[i] ?? 0;
      out.push({ list: this.lists[i] ?? 'files', json: buffer.toString('utf8', position, position + size - 1) });
      position += size;
    }
    return out;
  }

  dispose(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Cuts entries into consecutive parts whose JSON stays within `limit` bytes (`overhead` is the
 * envelope's size). An entry larger than the limit gets a part of its own: it cannot be cut.
 */
export function planParts(lengths: readonly number[], limit: number, overhead: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = 0;
  let size = overhead;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i] ?? 0;
    if (i > start && size + length > limit) {
      parts.push([start, i]);
      start = i;
      size = overhead;
    }
    size += length;
  }
  parts.push([start, lengths.length]);
  return parts;
}
