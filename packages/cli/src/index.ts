// @rxdsp/cli — the `rxdsp` command line as a library (the binary is dist/cli.js).
export { main } from './main';
export { createProgram } from './createProgram';
export type { CliIo } from './CliIo';
export { processIo } from './CliIo';
export { startPanel } from './panel/startPanel';
export type { PanelOptions, PanelHandle } from './panel/startPanel';
export { parseClientMessage } from './panel/parseClientMessage';
export type { ClientMessage, ParsedClientMessage } from './panel/parseClientMessage';
