// Builds a synthetic repository for the benchmarks: nested directories, nested .gitignore files
// (with ignored files really present), binaries, files over 1 MiB and untracked files. Deterministic.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'b@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'b@example.com',
};
export const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, maxBuffer: 1 << 30 }).toString();

function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const LINE = 'export function handler(request, response) { return response.json({ ok: true, at: Date.now() }); }\n';

/** files: tracked text files; the tree also gets binaries, large files, ignored and untracked files. */
export function buildRepo(root, { files = 50_000, largeFiles = 20, binaries = 500 } = {}) {
  const rand = random(42);
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n*.log\n/build/\n');
  const perDir = 50;
  for (let i = 0; i < files; i++) {
    const d = Math.floor(i / perDir);
    const dir = join(root, 'src', `pkg${d % 40}`, `mod${Math.floor(d / 40) % 25}`, `leaf${d}`);
    if (i % perDir === 0) {
      mkdirSync(dir, { recursive: true });
      if (d % 10 === 0) {
        writeFileSync(join(dir, '.gitignore'), '*.tmp\ncache/\n!keep.tmp\n');
        writeFileSync(join(dir, 'scratch.tmp'), 'ignored');
        mkdirSync(join(dir, 'cache'));
        writeFileSync(join(dir, 'cache', 'blob'), 'ignored');
      }
    }
    writeFileSync(join(dir, `file${i}.ts`), LINE.repeat(1 + Math.floor(rand() * 30)));
  }
  mkdirSync(join(root, 'assets'), { recursive: true });
  for (let i = 0; i < binaries; i++) {
    const bytes = Buffer.alloc(2048 + Math.floor(rand() * 8192));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
    writeFileSync(join(root, 'assets', `image${i}.bin`), bytes);
  }
  mkdirSync(join(root, 'data'), { recursive: true });
  for (let i = 0; i < largeFiles; i++)
    writeFileSync(join(root, 'data', `dump${i}.sql`), 'INSERT INTO t VALUES (1);\n'.repeat(60_000));
  mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
  for (let i = 0; i < 2000; i++) writeFileSync(join(root, 'node_modules', 'dep', `f${i}.js`), 'ignored');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'synthetic');
  for (let i = 0; i < 100; i++) writeFileSync(join(root, 'src', `untracked${i}.ts`), LINE);
  writeFileSync(join(root, 'debug.log'), 'ignored');
}

/** A tree of about `mib` MiB of text in files just under 1 MiB each. */
export function buildLargeTree(root, mib) {
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  const fileBytes = 1000 * 1024;
  const count = Math.ceil((mib * 1024 * 1024) / fileBytes);
  const body = LINE.repeat(Math.floor(fileBytes / LINE.length));
  for (let i = 0; i < count; i++) {
    const dir = join(root, `d${i % 32}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `big${i}.txt`), body);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'large');
  return count;
}
