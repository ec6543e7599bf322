#!/usr/bin/env node
import { main } from '../dist/receiver/receiver/src/cli.js';

const code = await main(process.argv.slice(2), process.env, process.cwd()).catch((error) => {
  process.stderr.write(`dardocs-receiver: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
if (code >= 0) process.exitCode = code;
