import * as core from '@actions/core';
import type { Log } from './log.js';

/** The runner's log: workflow commands through @actions/core. */
export function createActionsLog(): Log {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    group: (name, fn) => core.group(name, fn),
    annotate: (level, message, where) =>
      (level === 'error' ? core.error : core.warning)(message, { file: where.file, startLine: where.line }),
    setSecret(value) {
      // A multi-line value is masked line by line, as the runner only matches single lines.
      for (const line of value.split(/\r?\n/)) if (line.length > 0) core.setSecret(line);
    },
  };
}
