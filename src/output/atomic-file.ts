import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

const BATCH_BYTES = 1 << 20;

/**
 * A file written through a temporary sibling, flushed to disk and renamed into place when
 * complete, so a reader never sees half a snapshot and a failed run leaves the previous file as it
 * was. Missing parent directories are created. Writes are batched into 1 MiB synchronous writes:
 * the producer reads files synchronously too, and a stream's per-chunk drain round trips through
 * the thread pool cost more than the I/O itself. Memory stays at one batch whatever the file size.
 */
export class AtomicFile {
  private readonly temp: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingBytes = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    this.fd = openSync(this.temp, 'w');
  }

  write(chunk: string): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= BATCH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.fd === undefined) throw new Error(`${this.path} is already closed`);
    const bytes = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
    for (let offset = 0; offset < bytes.length;) offset += writeSync(this.fd, bytes, offset);
  }

  commit(): void {
    this.flush();
    const fd = this.fd as number;
    fsyncSync(fd);
    closeSync(fd);
    this.fd = undefined;
    renameSync(this.temp, this.path);
  }

  abort(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.temp, { force: true });
  }
}
