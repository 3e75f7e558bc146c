// @rxdsp/cli — the `rxdsp` command line as a library (the binary is dist/cli.js).
// The public surface is the command line itself: its types never mention the private
// @rxdsp/examples package that the build bundles in.
export { main } from './main';
export { createProgram } from './createProgram';
export type { CliIo } from './CliIo';
export { processIo } from './CliIo';
