// @rxdsp/audio-portaudio — real audio devices through PortAudio (@rxdsp/portaudio-native, rxdsp's fork of naudiodon).

// devices
export type { AudioDeviceInfo, DeviceSelector, LatencySpec } from './devices/AudioDeviceInfo';
export type { DeviceStreamOptions } from './devices/StreamOptions';
export { listDevices } from './devices/listDevices';
export type { DefaultDevices } from './devices/defaultDevices';
export { defaultDevices } from './devices/defaultDevices';
export { formatDeviceList } from './devices/formatDeviceList';

// sources, sinks, streams
export type { DeviceStats, DuplexStats, StreamLatencies } from './streams/streamTypes';
export type { AdcOptions, AdcSource } from './streams/adc';
export { adc } from './streams/adc';
export type { DacOptions, PortAudioDacSink } from './streams/dac';
export { dac } from './streams/dac';
export type { DuplexOptions, PortAudioDuplexHandle } from './streams/duplex';
export { duplex } from './streams/duplex';
export type { PortAudioDevice, PortAudioDeviceOptions } from './streams/portAudioDevice';
export { portAudioDevice } from './streams/portAudioDevice';

// errors
export type { AudioDeviceErrorCode } from './AudioDeviceError';
export { AudioDeviceError } from './AudioDeviceError';

