// @rxdsp/runtime — runs an rxdsp example or your own pipeline on a device with instrumentation.

// definitions (what a run is made of)
export type {
  CapturedSignal,
  ExampleDefinition,
  ExampleOption,
  ExampleReport,
  ExampleRun,
  ExampleSettings,
  FilterDesign,
  FinishContext,
} from './ExampleDefinition';
export { ACTIVITY_PLOT_SECONDS, DEFAULT_HISTORY_SECONDS } from './ExampleDefinition';

// live parameters
export type { LiveParameter, LiveParameterOptions } from './LiveParameter';
export { checkParameterValue, liveParameter } from './LiveParameter';
export { applyParameterValues } from './applyParameterValues';

// command line
export { UsageError } from './UsageError';
export type { DeviceChoice, ExampleArgs, RawExampleArgs } from './parseExampleArgs';
export { exampleUsage, parseExampleArgs, positiveNumber, resolveExampleArgs } from './parseExampleArgs';
export { runMain, onStopSignal, printReport, printResult, printStats, printWhenDone } from './runMain';
export { runAsScript } from './runAsScript';
export { isScript } from './isScript';

// devices
export type { PortAudioModule } from './loadPortAudio';
export { loadPortAudio } from './loadPortAudio';
export type { OpenDeviceOptions, OpenedDevice } from './openDevice';
export { openDevice, PUMP_SLICE_MS } from './openDevice';

// the run lifecycle
export { createRun } from './createRun';
export type { RunResult, StartedRun, StartRunOptions, StreamSummary } from './startRun';
export { startRun } from './startRun';
export { collectSamples } from './collectSamples';

// facade for pyaudio_helper users
export type { DspIoStreamOptions, DspIoStreamRunOptions } from './DspIoStream';
export { DspIoStream } from './DspIoStream';
