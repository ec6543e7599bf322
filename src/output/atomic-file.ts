import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A file written through a temporary sibling and renamed into place when complete, so a reader
 * never sees half a snapshot and a failed run leaves the previous file as it was. Missing parent
 * directories are created. `write` waits when the disk is slower than the producer (backpressure),
 * which keeps memory flat whatever the size of the file.
 */
export class AtomicFile {
  private readonly temp: string;
  private readonly stream;
  private failed: Error | undefined;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    this.stream = createWriteStream(this.temp);
    this.stream.on('error', (error) => {
      this.failed = error;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), once(this.stream, 'error')]);
    if (this.failed) throw this.failed;
  }

  async commit(): Promise<void> {
    if (this.failed) throw this.failed;
    this.stream.end();
    await once(this.stream, 'finish');
    renameSync(this.temp, this.path);
  }

  abort(): void {
    this.stream.destroy();
    rmSync(this.temp, { force: true });
  }
}
