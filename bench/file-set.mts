// In one process, times building the file set (no reading): dardocs's git-backed listing with
// .dardocsignore rules, against globby with gitignore: true. Run by bench/snapshot.mjs through tsx.
import { globby } from 'globby';
import { locateRepository } from '../src/git/repository.js';
import { gitFileSet } from '../src/scan/git-file-set.js';
import { IgnoreRules } from '../src/scan/ignore-rules.js';

const root = process.argv[2] ?? '.';
const runs = Number(process.argv[3] ?? '3');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
async function time(fn: () => Promise<number>) {
  await fn();
  const samples: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    count = await fn();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), count };
}
const ours = await time(async () => {
  const location = await locateRepository(root);
  return (await gitFileSet(root, location!, new IgnoreRules())).candidates.length;
});
const theirs = await time(
  async () =>
    (await globby('**/*', { cwd: root, gitignore: true, dot: true, ignore: ['.git/**'], followSymbolicLinks: false }))
      .length,
);
console.log(JSON.stringify({ ours, globby: theirs }));
