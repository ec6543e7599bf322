// Options for @vercel/ncc, read by scripts/build.mjs. Two bundles are built from the same sources:
// the action (dist/action/index.js, what action.yml runs) and the CLI (dist/cli/index.js, bin/dardocs.js).
export default {
  entries: [
    { input: 'src/index.ts', output: 'dist/action', license: 'licenses.txt' },
    { input: 'src/cli.ts', output: 'dist/cli', license: 'licenses.txt' },
  ],
  options: {
    minify: false,
    sourceMap: false,
    quiet: true,
    // typescript@5.9 is pinned: ncc's TypeScript loader needs the JavaScript API that the native 7.x lacks.
    target: 'es2023',
  },
};
