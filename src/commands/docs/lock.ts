import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DardocsError } from '../../errors.js';

/**
 * One docs run per repository at a time (seed 004 §11.6): a lock file holding the owner's pid.
 * A second run exits at once with a clear message; a lock left by a process that is gone is taken over.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(path: string): () => void {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new DardocsError(
          'DOCS_LOCKED',
          `another dardocs docs run (pid ${pid}) is working on this repository; wait for it to finish (lock: ${path})`,
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new DardocsError('DOCS_LOCKED', `could not take the lock ${path}`);
}
