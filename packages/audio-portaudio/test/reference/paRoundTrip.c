/* paRoundTrip: the plain PortAudio reference for rxdsp's round-trip latency tests.

   One full-duplex callback stream (int16, paClipOff, the device's default low latencies unless
   given): the callback writes the test signal into its output and records its input, both at the
   same stream position, so the round trip found in the recording is the device path alone — no
   cushion, no other thread. The signal schedule is the one of `rxdsp latency`: silence for
   `leadIn` samples, then the signal every `spacing` samples, `repetitions` times. The analysis
   (estimateDelay) is done by the caller on the recording, exactly as rxdsp does it.

   usage: paRoundTrip DEVICE RATE FRAMES LEADIN SPACING REPETITIONS SIGNAL.raw OUT.raw [LATENCY_S]
     DEVICE       case-insensitive substring of the PortAudio device name (first device with input
                  and output channels)
     SIGNAL.raw   the test signal, mono int16 little-endian
     OUT.raw      written: the recorded input, mono int16, LEADIN + REPETITIONS·SPACING samples
     LATENCY_S    suggested latency of both directions in seconds (default: the device's low)
   stdout: one JSON line with the stream's latencies and the callback status counts.
   exit status: 0, or 1 with the reason on stderr.

   Built by test/reference/cReference.ts with cc against the PortAudio headers and the
   libportaudio.so.2 that the native binding bundles. */

#include <ctype.h>
#include <portaudio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__linux__)
/* pa_linux_alsa.h is not shipped with the bundled PortAudio; the function is exported by it.
   rxdsp's native stream asks for real-time scheduling of the callback thread the same way. */
extern PaError PaAlsa_EnableRealtimeScheduling(PaStream *s, int enable);
#endif

typedef struct {
  const int16_t *signal;
  long signalLength;
  long leadIn, spacing, repetitions;
  int16_t *recording;
  long total;     /* samples to record */
  long position;  /* stream position (samples) of the next callback */
  long inputUnderflows, inputOverflows, outputUnderflows, outputOverflows;
} Run;

static int16_t signalAt(const Run *r, long t) {
  t -= r->leadIn;
  if (t < 0 || t >= r->repetitions * r->spacing) return 0;
  long k = t % r->spacing;
  return k < r->signalLength ? r->signal[k] : 0;
}

static int callback(const void *input, void *output, unsigned long frames, const PaStreamCallbackTimeInfo *ti,
                    PaStreamCallbackFlags flags, void *user) {
  Run *r = (Run *)user;
  const int16_t *in = (const int16_t *)input;
  int16_t *out = (int16_t *)output;
  (void)ti;
  if (flags & paInputUnderflow) r->inputUnderflows++;
  if (flags & paInputOverflow) r->inputOverflows++;
  if (flags & paOutputUnderflow) r->outputUnderflows++;
  if (flags & paOutputOverflow) r->outputOverflows++;
  for (unsigned long i = 0; i < frames; i++) {
    long t = r->position + (long)i;
    out[i] = signalAt(r, t);
    if (t < r->total) r->recording[t] = in ? in[i] : 0;
  }
  r->position += (long)frames;
  return r->position >= r->total ? paComplete : paContinue;
}

static int containsIgnoreCase(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (const char *p = hay; *p; p++) {
    size_t i = 0;
    while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i])) i++;
    if (i == n) return 1;
  }
  return n == 0;
}

static int16_t *readSignal(const char *path, long *length) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long bytes = ftell(f);
  fseek(f, 0, SEEK_SET);
  int16_t *s = (int16_t *)malloc(bytes > 0 ? (size_t)bytes : 2);
  *length = bytes / 2;
  if (s && fread(s, 2, (size_t)*length, f) != (size_t)*length) {
    free(s);
    s = NULL;
  }
  fclose(f);
  return s;
}

static int fail(const char *what, PaError err) {
  fprintf(stderr, "paRoundTrip: %s%s%s\n", what, err != paNoError ? ": " : "", err != paNoError ? Pa_GetErrorText(err) : "");
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 9) {
    fprintf(stderr, "usage: paRoundTrip DEVICE RATE FRAMES LEADIN SPACING REPETITIONS SIGNAL.raw OUT.raw [LATENCY_S]\n");
    return 2;
  }
  const char *deviceName = argv[1];
  double rate = atof(argv[2]);
  unsigned long frames = strtoul(argv[3], NULL, 10);
  Run run;
  memset(&run, 0, sizeof run);
  run.leadIn = atol(argv[4]);
  run.spacing = atol(argv[5]);
  run.repetitions = atol(argv[6]);
  run.signal = readSignal(argv[7], &run.signalLength);
  if (!run.signal || run.signalLength <= 0) return fail("cannot read the signal file", paNoError);
  run.total = run.leadIn + run.repetitions * run.spacing;
  run.recording = (int16_t *)calloc((size_t)run.total, 2);
  if (!run.recording) return fail("out of memory", paNoError);
  double latency = argc > 9 ? atof(argv[9]) : -1;

  PaError err = Pa_Initialize();
  if (err != paNoError) return fail("Pa_Initialize", err);
  PaDeviceIndex device = paNoDevice;
  for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); i++) {
    const PaDeviceInfo *d = Pa_GetDeviceInfo(i);
    if (d && d->maxInputChannels > 0 && d->maxOutputChannels > 0 && containsIgnoreCase(d->name, deviceName)) {
      device = i;
      break;
    }
  }
  if (device == paNoDevice) {
    Pa_Terminate();
    return fail("no full-duplex device matches the name", paNoError);
  }
  const PaDeviceInfo *info = Pa_GetDeviceInfo(device);
  char name[128]; /* PortAudio's strings are freed by Pa_Terminate */
  snprintf(name, sizeof name, "%s", info->name);
  for (char *p = name; *p; p++)
    if (*p == '"' || *p == '\\' || (unsigned char)*p < 0x20) *p = '_';
  PaStreamParameters in = {device, 1, paInt16, latency >= 0 ? latency : info->defaultLowInputLatency, NULL};
  PaStreamParameters out = {device, 1, paInt16, latency >= 0 ? latency : info->defaultLowOutputLatency, NULL};
  PaStream *stream = NULL;
  err = Pa_OpenStream(&stream, &in, &out, rate, frames, paClipOff, callback, &run);
  if (err != paNoError) {
    Pa_Terminate();
    return fail("Pa_OpenStream", err);
  }
#if defined(__linux__)
  const PaHostApiInfo *host = Pa_GetHostApiInfo(info->hostApi);
  if (host && host->type == paALSA) PaAlsa_EnableRealtimeScheduling(stream, 1);
#endif
  err = Pa_StartStream(stream);
  if (err != paNoError) {
    Pa_CloseStream(stream);
    Pa_Terminate();
    return fail("Pa_StartStream", err);
  }
  while (Pa_IsStreamActive(stream) == 1) Pa_Sleep(20);
  const PaStreamInfo *si = Pa_GetStreamInfo(stream);
  double inLatency = si ? si->inputLatency : 0, outLatency = si ? si->outputLatency : 0;
  Pa_StopStream(stream);
  Pa_CloseStream(stream);
  Pa_Terminate();

  FILE *f = fopen(argv[8], "wb");
  if (!f || fwrite(run.recording, 2, (size_t)run.total, f) != (size_t)run.total) return fail("cannot write the recording", paNoError);
  fclose(f);
  printf("{\"device\":\"%s\",\"inputLatency\":%.6f,\"outputLatency\":%.6f,\"inputUnderflows\":%ld,\"inputOverflows\":%ld,"
         "\"outputUnderflows\":%ld,\"outputOverflows\":%ld}\n",
         name, inLatency, outLatency, run.inputUnderflows, run.inputOverflows, run.outputUnderflows, run.outputOverflows);
  return 0;
}
