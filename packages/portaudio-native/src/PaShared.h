/* rxdsp fork: one PortAudio session for the life of the process, and a quiet one.

  Upstream naudiodon calls Pa_Initialize when a stream opens and Pa_Terminate when it
  closes, so every start re-probes every ALSA device (0.7-2.2 s) and a reopen right after
  a close can hang. In this fork PortAudio is initialised once, on first use, and
  terminated only when the Node environment is torn down.
*/
#ifndef PASHARED_H
#define PASHARED_H

#include <portaudio.h>
#include <cstdlib>
#include <mutex>
#if defined(__linux__)
#include <dlfcn.h>
#endif

namespace streampunk {

inline std::mutex &paSharedMutex() {
  static std::mutex m;
  return m;
}

inline bool &paSharedDone() {
  static bool done = false;
  return done;
}

#if defined(__linux__)
extern "C" inline void paSilentAlsaHandler(const char *, int, const char *, int, const char *, ...) {}
extern "C" inline void paSilentJackHandler(const char *) {}
#endif

/** True unless RXDSP_ALSA_VERBOSE=1 asks to keep the sound libraries' own diagnostics. */
inline bool paQuiet() {
  const char *verbose = getenv("RXDSP_ALSA_VERBOSE");
  return !(verbose && verbose[0] == '1');
}

/** ALSA prints every failed probe of a PCM it cannot open to stderr (dozens of lines on a
    machine without a sound card): route them to a handler that drops them. */
inline void paSilenceAlsa() {
#if defined(__linux__)
  void *lib = dlopen("libasound.so.2", RTLD_NOW | RTLD_NOLOAD);
  if (!lib) lib = dlopen("libasound.so.2", RTLD_NOW);
  if (!lib) return;
  typedef void (*handler_t)(const char *, int, const char *, int, const char *, ...);
  typedef int (*setter_t)(handler_t);
  setter_t set = reinterpret_cast<setter_t>(dlsym(lib, "snd_lib_error_set_handler"));
  if (set) set(paSilentAlsaHandler);
#endif
}

/** When libjack is installed, ALSA's jack plugin loads it while PortAudio probes the PCMs,
    and libjack prints "Cannot connect to server socket", "jack server is not running" ...
    to stderr when no JACK server runs. libjack is loaded here first (it stays loaded: the
    plugin shares this instance) and its error and info callbacks are set to drop messages.
    Nothing happens when libjack is not installed. */
inline void paSilenceJack() {
#if defined(__linux__)
  void *lib = dlopen("libjack.so.0", RTLD_NOW | RTLD_NOLOAD);
  if (!lib) lib = dlopen("libjack.so.0", RTLD_NOW);
  if (!lib) return;
  typedef void (*handler_t)(const char *);
  typedef void (*setter_t)(handler_t);
  setter_t setError = reinterpret_cast<setter_t>(dlsym(lib, "jack_set_error_function"));
  setter_t setInfo = reinterpret_cast<setter_t>(dlsym(lib, "jack_set_info_function"));
  if (setError) setError(paSilentJackHandler);
  if (setInfo) setInfo(paSilentJackHandler);
#endif
}

/** Initialises PortAudio once per process; thread safe; returns paNoError once initialised. */
inline PaError paSharedInit() {
  std::lock_guard<std::mutex> lk(paSharedMutex());
  if (paSharedDone()) return paNoError;
  if (paQuiet()) {
    paSilenceAlsa();
    paSilenceJack();
  }
  PaError err = Pa_Initialize();
  if (err == paNoError) paSharedDone() = true;
  return err;
}

/** Terminates the shared session (environment teardown only). */
inline void paSharedTerminate() {
  std::lock_guard<std::mutex> lk(paSharedMutex());
  if (!paSharedDone()) return;
  Pa_Terminate();
  paSharedDone() = false;
}

} // namespace streampunk

#endif
