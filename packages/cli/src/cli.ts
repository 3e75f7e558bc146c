#!/usr/bin/env node
// The `rxdsp` binary: parse the command line, run, exit with the code main() returns.
import { main } from './main';
import { processIo } from './CliIo';

main(process.argv, processIo()).then(
  (code) => {
    process.exitCode = code;
    // Device hosts or servers left open by a failure must not keep the process alive.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (err: unknown) => {
    process.stderr.write(`rxdsp: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
