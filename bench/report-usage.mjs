// Loaded with `node --import` into a benchmarked process: on exit it writes its peak RSS to the
// file named by BENCH_USAGE_FILE, so the bundle under test runs unchanged.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (file) writeFileSync(file, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }));
});
