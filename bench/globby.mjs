// globby with gitignore: true, listing the same tree and reading every file, for comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globby } from 'globby';

const root = process.argv[2];
const paths = await globby('**/*', {
  cwd: root,
  gitignore: true,
  dot: true,
  ignore: ['.git/**'],
  onlyFiles: true,
  followSymbolicLinks: false,
});
let bytes = 0;
for (const path of paths) bytes += readFileSync(join(root, path)).length;
console.log(JSON.stringify({ files: paths.length, bytes }));
