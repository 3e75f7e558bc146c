/* rxdsp fork: a real-time friendly PortAudio stream for naudiodon.

  Differences from AudioIO:
  - PortAudio is initialised once per process (PaShared.h), never per stream.
  - The audio callback never blocks: input is copied and posted to JavaScript through a
    thread-safe function; output is read from a lock-free single-producer/single-consumer
    ring that JavaScript fills. A short output ring is an underflow (counted, zeros played),
    a JavaScript backlog larger than `maxPendingFrames` drops input (counted, reported).
  - Suggested latencies are options (seconds); the stream's real latencies are reported.
  - open/start/stop/close run off the JavaScript thread and return promises; the caller
    serialises them. The thread-safe function exists only while the stream is open, so an
    open stream keeps the process alive and a closed one does not.
  - No console output, no crash handler.
*/

#include "node_api.h"
#include "PaShared.h"
#include <portaudio.h>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <set>
#include <string>
#include <vector>

#if defined(__linux__)
// pa_linux_alsa.h is not shipped with naudiodon; the function is exported by its libportaudio.
extern "C" PaError PaAlsa_EnableRealtimeScheduling(PaStream *s, int enable);
#endif

namespace streampunk {

namespace {

const char *kRtClass = "RtStream";

#define RT_CHECK(call)                                                  \
  do {                                                                  \
    napi_status s_ = (call);                                            \
    if (s_ != napi_ok) {                                                \
      const napi_extended_error_info *ei = nullptr;                     \
      napi_get_last_error_info(env, &ei);                               \
      bool pending = false;                                             \
      napi_is_exception_pending(env, &pending);                         \
      if (!pending)                                                     \
        napi_throw_error(env, nullptr,                                  \
                         (ei && ei->error_message) ? ei->error_message  \
                                                   : "N-API call failed"); \
      return nullptr;                                                   \
    }                                                                   \
  } while (0)

napi_value throwError(napi_env env, const std::string &msg, const char *code = nullptr) {
  napi_throw_error(env, code, msg.c_str());
  return nullptr;
}

bool getNumber(napi_env env, napi_value obj, const char *key, double *out) {
  bool has = false;
  if (napi_has_named_property(env, obj, key, &has) != napi_ok || !has) return false;
  napi_value v;
  if (napi_get_named_property(env, obj, key, &v) != napi_ok) return false;
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t != napi_number) return false;
  return napi_get_value_double(env, v, out) == napi_ok;
}

bool getObject(napi_env env, napi_value obj, const char *key, napi_value *out) {
  bool has = false;
  if (napi_has_named_property(env, obj, key, &has) != napi_ok || !has) return false;
  if (napi_get_named_property(env, obj, key, out) != napi_ok) return false;
  napi_valuetype t;
  napi_typeof(env, *out, &t);
  return t == napi_object;
}

void setNumber(napi_env env, napi_value obj, const char *key, double value) {
  napi_value v;
  if (napi_create_double(env, value, &v) == napi_ok) napi_set_named_property(env, obj, key, v);
}

/** Lock-free single-producer (JS thread) / single-consumer (audio thread) byte ring. */
class ByteRing {
public:
  void reset(size_t capacity) {
    mBuf.assign(capacity, 0);
    mRead.store(0);
    mWrite.store(0);
  }
  size_t capacity() const { return mBuf.size(); }
  size_t queued() const { return mWrite.load(std::memory_order_acquire) - mRead.load(std::memory_order_acquire); }
  /** Producer side: copies as much of src as fits; returns the bytes accepted. */
  size_t write(const uint8_t *src, size_t n) {
    size_t w = mWrite.load(std::memory_order_relaxed);
    size_t r = mRead.load(std::memory_order_acquire);
    size_t space = mBuf.size() - (w - r);
    if (n > space) n = space;
    size_t cap = mBuf.size();
    size_t at = w % cap;
    size_t first = std::min(n, cap - at);
    std::memcpy(mBuf.data() + at, src, first);
    if (n > first) std::memcpy(mBuf.data(), src + first, n - first);
    mWrite.store(w + n, std::memory_order_release);
    return n;
  }
  /** Consumer side: copies up to n bytes into dst; returns the bytes copied. */
  size_t read(uint8_t *dst, size_t n) {
    size_t r = mRead.load(std::memory_order_relaxed);
    size_t w = mWrite.load(std::memory_order_acquire);
    size_t avail = w - r;
    if (n > avail) n = avail;
    size_t cap = mBuf.size();
    if (cap == 0) return 0;
    size_t at = r % cap;
    size_t first = std::min(n, cap - at);
    std::memcpy(dst, mBuf.data() + at, first);
    if (n > first) std::memcpy(dst + first, mBuf.data(), n - first);
    mRead.store(r + n, std::memory_order_release);
    return n;
  }

private:
  std::vector<uint8_t> mBuf;
  std::atomic<size_t> mRead{0};
  std::atomic<size_t> mWrite{0};
};

/** One audio callback's worth of news for JavaScript. */
struct RtMsg {
  uint8_t *data = nullptr; // input samples (interleaved int16), malloc'd; null when none / dropped
  uint32_t bytes = 0;
  uint32_t frames = 0;      // frames of this callback
  double adcTime = 0;       // PortAudio inputBufferAdcTime (s)
  double dacTime = 0;       // PortAudio outputBufferDacTime (s)
  double now = 0;           // PortAudio currentTime (s)
  uint32_t flags = 0;       // PaStreamCallbackFlags
  double droppedFrames = 0; // input frames dropped so far (JS backlog)
  double underflows = 0;    // callbacks that found the output ring short so far
  double playedFrames = 0;  // output frames taken from the ring so far
  double queuedFrames = 0;  // output frames still in the ring
};

enum class State { Created, Opening, Open, Running, Closed };

class RtStream;
std::set<RtStream *> &openStreams() {
  static std::set<RtStream *> s;
  return s;
}

class RtStream {
public:
  // configuration
  int inDevice = -1, outDevice = -1;
  int inChannels = 0, outChannels = 0;
  double inLatency = -1, outLatency = -1; // suggested (s); < 0 = device default low
  double sampleRate = 48000;
  unsigned long framesPerBuffer = 0;
  size_t outRingFrames = 0;
  uint32_t maxPendingFrames = 0;
  bool clipOff = true;
  bool realtime = true; // ALSA: run the callback thread with SCHED_FIFO when permitted

  // runtime
  PaStream *stream = nullptr;
  State state = State::Created;
  bool busy = false; // an async op is in flight
  napi_threadsafe_function tsfn = nullptr;
  napi_ref selfRef = nullptr; // held while open so the JS object outlives the stream
  int refs = 1;               // wrap finaliser + tsfn finaliser
  ByteRing ring;
  std::atomic<bool> primed{false};   // output data was written at least once
  std::atomic<bool> ending{false};   // JS ended the output (drain): short rings are not underflows
  std::atomic<uint32_t> pending{0};  // frames posted to JS and not yet delivered
  std::atomic<double> dropped{0};
  std::atomic<double> underflows{0};
  std::atomic<double> played{0};
  double actualInLatency = 0, actualOutLatency = 0, actualRate = 0;

  size_t inFrameBytes() const { return (size_t)inChannels * 2; }
  size_t outFrameBytes() const { return (size_t)outChannels * 2; }

  void release() {
    if (--refs == 0) delete this;
  }

  static int callback(const void *input, void *output, unsigned long frameCount,
                      const PaStreamCallbackTimeInfo *ti, PaStreamCallbackFlags flags, void *user) {
    RtStream *s = static_cast<RtStream *>(user);
    if (output) {
      size_t need = frameCount * s->outFrameBytes();
      size_t got = s->ring.read(static_cast<uint8_t *>(output), need);
      if (got < need) {
        std::memset(static_cast<uint8_t *>(output) + got, 0, need - got);
        if (s->primed.load(std::memory_order_relaxed) && !s->ending.load(std::memory_order_relaxed))
          s->underflows.store(s->underflows.load() + 1);
      }
      s->played.store(s->played.load() + (double)(got / s->outFrameBytes()));
    }
    RtMsg *m = new (std::nothrow) RtMsg();
    if (!m) return paContinue;
    m->frames = (uint32_t)frameCount;
    m->adcTime = ti ? ti->inputBufferAdcTime : 0;
    m->dacTime = ti ? ti->outputBufferDacTime : 0;
    m->now = ti ? ti->currentTime : 0;
    m->flags = (uint32_t)flags;
    if (input) {
      if (s->pending.load() + frameCount > s->maxPendingFrames) {
        s->dropped.store(s->dropped.load() + (double)frameCount);
      } else {
        size_t bytes = frameCount * s->inFrameBytes();
        m->data = static_cast<uint8_t *>(std::malloc(bytes));
        if (m->data) {
          std::memcpy(m->data, input, bytes);
          m->bytes = (uint32_t)bytes;
          s->pending.fetch_add((uint32_t)frameCount);
        } else {
          s->dropped.store(s->dropped.load() + (double)frameCount);
        }
      }
    }
    m->droppedFrames = s->dropped.load();
    m->underflows = s->underflows.load();
    m->playedFrames = s->played.load();
    m->queuedFrames = s->outChannels ? (double)(s->ring.queued() / s->outFrameBytes()) : 0;
    if (napi_call_threadsafe_function(s->tsfn, m, napi_tsfn_nonblocking) != napi_ok) {
      if (m->data) s->pending.fetch_sub(m->frames);
      std::free(m->data);
      delete m;
    }
    return paContinue;
  }

  static void callJs(napi_env env, napi_value jsCb, void *context, void *data) {
    RtStream *s = static_cast<RtStream *>(context);
    RtMsg *m = static_cast<RtMsg *>(data);
    if (m->data) s->pending.fetch_sub(m->frames);
    if (env != nullptr && jsCb != nullptr) {
      napi_value argv[11];
      napi_value undef;
      napi_get_undefined(env, &undef);
      if (m->data) {
        void *copy;
        if (napi_create_buffer_copy(env, m->bytes, m->data, &copy, &argv[0]) != napi_ok) argv[0] = undef;
      } else {
        napi_get_null(env, &argv[0]);
      }
      napi_create_uint32(env, m->frames, &argv[1]);
      napi_create_double(env, m->adcTime, &argv[2]);
      napi_create_double(env, m->dacTime, &argv[3]);
      napi_create_double(env, m->now, &argv[4]);
      napi_create_uint32(env, m->flags, &argv[5]);
      napi_create_double(env, m->droppedFrames, &argv[6]);
      napi_create_double(env, m->underflows, &argv[7]);
      napi_create_double(env, m->playedFrames, &argv[8]);
      napi_create_double(env, m->queuedFrames, &argv[9]);
      napi_value self = undef;
      if (s->selfRef) napi_get_reference_value(env, s->selfRef, &self);
      argv[10] = self;
      napi_call_function(env, undef, jsCb, 11, argv, nullptr);
    }
    std::free(m->data);
    delete m;
  }

  static void tsfnFinalize(napi_env env, void *data, void *hint) {
    RtStream *s = static_cast<RtStream *>(hint);
    s->release();
  }

  /** Stops and closes the native stream right now (finaliser / environment teardown). */
  void abortNow() {
    if (stream) {
      Pa_AbortStream(stream);
      Pa_CloseStream(stream);
      stream = nullptr;
    }
    openStreams().erase(this);
    state = State::Closed;
  }
};

// ---- async operations --------------------------------------------------------------------

enum class Op { Open, Start, Stop, Abort, Close };

struct OpWork {
  napi_async_work work = nullptr;
  napi_deferred deferred = nullptr;
  RtStream *s = nullptr;
  napi_ref objRef = nullptr;
  Op op;
  PaError err = paNoError;
  std::string msg;
};

const char *opName(Op op) {
  switch (op) {
    case Op::Open: return "open";
    case Op::Start: return "start";
    case Op::Stop: return "stop";
    case Op::Abort: return "abort";
    case Op::Close: return "close";
  }
  return "?";
}

void fillParams(RtStream *s, bool isInput, PaStreamParameters &p) {
  std::memset(&p, 0, sizeof(p));
  int dev = isInput ? s->inDevice : s->outDevice;
  p.device = dev >= 0 ? (PaDeviceIndex)dev : (isInput ? Pa_GetDefaultInputDevice() : Pa_GetDefaultOutputDevice());
  p.channelCount = isInput ? s->inChannels : s->outChannels;
  p.sampleFormat = paInt16;
  double lat = isInput ? s->inLatency : s->outLatency;
  const PaDeviceInfo *info = p.device >= 0 ? Pa_GetDeviceInfo(p.device) : nullptr;
  if (lat < 0 && info) lat = isInput ? info->defaultLowInputLatency : info->defaultLowOutputLatency;
  p.suggestedLatency = lat < 0 ? 0 : lat;
  p.hostApiSpecificStreamInfo = nullptr;
}

void executeOp(napi_env env, void *data) {
  OpWork *w = static_cast<OpWork *>(data);
  RtStream *s = w->s;
  switch (w->op) {
    case Op::Open: {
      w->err = paSharedInit();
      if (w->err != paNoError) { w->msg = "could not initialise PortAudio"; break; }
      PaStreamParameters in, out;
      if (s->inChannels > 0) fillParams(s, true, in);
      if (s->outChannels > 0) fillParams(s, false, out);
      if ((s->inChannels > 0 && in.device == paNoDevice) || (s->outChannels > 0 && out.device == paNoDevice)) {
        w->err = paInvalidDevice;
        w->msg = "no default device";
        break;
      }
      PaStreamParameters *pin = s->inChannels > 0 ? &in : nullptr;
      PaStreamParameters *pout = s->outChannels > 0 ? &out : nullptr;
      w->err = Pa_IsFormatSupported(pin, pout, s->sampleRate);
      if (w->err != paFormatIsSupported) { w->msg = "format not supported"; break; }
      w->err = Pa_OpenStream(&s->stream, pin, pout, s->sampleRate, s->framesPerBuffer,
                             s->clipOff ? paClipOff : paNoFlag, RtStream::callback, s);
      if (w->err != paNoError) { s->stream = nullptr; w->msg = "could not open stream"; break; }
#if defined(__linux__)
      {
        const PaDeviceInfo *di = Pa_GetDeviceInfo(pin ? pin->device : pout->device);
        const PaHostApiInfo *hi = di ? Pa_GetHostApiInfo(di->hostApi) : nullptr;
        // falls back to normal scheduling by itself when the process may not use SCHED_FIFO
        if (s->realtime && hi && hi->type == paALSA) PaAlsa_EnableRealtimeScheduling(s->stream, 1);
      }
#endif
      const PaStreamInfo *si = Pa_GetStreamInfo(s->stream);
      if (si) {
        s->actualInLatency = si->inputLatency;
        s->actualOutLatency = si->outputLatency;
        s->actualRate = si->sampleRate;
      }
      break;
    }
    case Op::Start:
      w->err = Pa_StartStream(s->stream);
      if (w->err != paNoError) w->msg = "could not start stream";
      break;
    case Op::Stop:
    case Op::Abort:
      if (Pa_IsStreamStopped(s->stream) == 0) {
        w->err = w->op == Op::Abort ? Pa_AbortStream(s->stream) : Pa_StopStream(s->stream);
        if (w->err != paNoError) w->msg = "could not stop stream";
      }
      break;
    case Op::Close:
      if (Pa_IsStreamStopped(s->stream) == 0) Pa_AbortStream(s->stream);
      w->err = Pa_CloseStream(s->stream);
      if (w->err != paNoError) w->msg = "could not close stream";
      s->stream = nullptr;
      break;
  }
}

void completeOp(napi_env env, napi_status status, void *data) {
  OpWork *w = static_cast<OpWork *>(data);
  RtStream *s = w->s;
  s->busy = false;
  bool ok = w->err == paNoError;
  switch (w->op) {
    case Op::Open:
      if (ok) {
        s->state = State::Open;
        openStreams().insert(s);
      } else {
        s->state = State::Closed;
        if (s->tsfn) {
          napi_release_threadsafe_function(s->tsfn, napi_tsfn_release);
          s->tsfn = nullptr;
        }
        if (s->selfRef) {
          napi_delete_reference(env, s->selfRef);
          s->selfRef = nullptr;
        }
      }
      break;
    case Op::Start:
      if (ok) s->state = State::Running;
      break;
    case Op::Stop:
    case Op::Abort:
      if (s->state == State::Running) s->state = State::Open;
      break;
    case Op::Close:
      s->state = State::Closed;
      openStreams().erase(s);
      if (s->tsfn) {
        napi_release_threadsafe_function(s->tsfn, napi_tsfn_release);
        s->tsfn = nullptr;
      }
      if (s->selfRef) {
        napi_delete_reference(env, s->selfRef);
        s->selfRef = nullptr;
      }
      break;
  }
  if (ok) {
    napi_value result;
    if (w->op == Op::Open) {
      napi_create_object(env, &result);
      setNumber(env, result, "inputLatency", s->actualInLatency);
      setNumber(env, result, "outputLatency", s->actualOutLatency);
      setNumber(env, result, "sampleRate", s->actualRate);
    } else {
      napi_get_undefined(env, &result);
    }
    napi_resolve_deferred(env, w->deferred, result);
  } else {
    std::string text = std::string("RtStream ") + opName(w->op) + ": " + w->msg + ": " + Pa_GetErrorText(w->err);
    napi_value msg, err, code;
    napi_create_string_utf8(env, text.c_str(), NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, nullptr, msg, &err);
    napi_create_int32(env, w->err, &code);
    napi_set_named_property(env, err, "paErrorCode", code);
    napi_reject_deferred(env, w->deferred, err);
  }
  if (w->objRef) napi_delete_reference(env, w->objRef);
  napi_delete_async_work(env, w->work);
  delete w;
}

RtStream *unwrapThis(napi_env env, napi_callback_info info, size_t *argc, napi_value *argv, napi_value *self) {
  napi_value thisVal;
  if (napi_get_cb_info(env, info, argc, argv, &thisVal, nullptr) != napi_ok) return nullptr;
  RtStream *s = nullptr;
  if (napi_unwrap(env, thisVal, reinterpret_cast<void **>(&s)) != napi_ok) return nullptr;
  if (self) *self = thisVal;
  return s;
}

napi_value queueOp(napi_env env, napi_value self, RtStream *s, Op op) {
  OpWork *w = new OpWork();
  w->s = s;
  w->op = op;
  napi_value promise, name;
  RT_CHECK(napi_create_promise(env, &w->deferred, &promise));
  RT_CHECK(napi_create_reference(env, self, 1, &w->objRef));
  RT_CHECK(napi_create_string_utf8(env, opName(op), NAPI_AUTO_LENGTH, &name));
  RT_CHECK(napi_create_async_work(env, nullptr, name, executeOp, completeOp, w, &w->work));
  RT_CHECK(napi_queue_async_work(env, w->work));
  s->busy = true;
  return promise;
}

napi_value rtOpen(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  RtStream *s = unwrapThis(env, info, &argc, argv, &self);
  if (!s) return throwError(env, "RtStream.open: not an RtStream");
  if (argc < 1) return throwError(env, "RtStream.open expects a callback");
  napi_valuetype t;
  napi_typeof(env, argv[0], &t);
  if (t != napi_function) return throwError(env, "RtStream.open expects a callback function");
  if (s->state != State::Created || s->busy) return throwError(env, "RtStream.open: stream already opened");
  napi_value name;
  RT_CHECK(napi_create_string_utf8(env, "RtStreamData", NAPI_AUTO_LENGTH, &name));
  RT_CHECK(napi_create_threadsafe_function(env, argv[0], nullptr, name, 0, 1, nullptr, RtStream::tsfnFinalize, s,
                                           RtStream::callJs, &s->tsfn));
  s->refs++; // released by tsfnFinalize
  RT_CHECK(napi_create_reference(env, self, 1, &s->selfRef));
  s->state = State::Opening;
  return queueOp(env, self, s, Op::Open);
}

napi_value rtStart(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  RtStream *s = unwrapThis(env, info, &argc, nullptr, &self);
  if (!s) return throwError(env, "RtStream.start: not an RtStream");
  if (s->state != State::Open || s->busy) return throwError(env, "RtStream.start: stream is not open and idle");
  return queueOp(env, self, s, Op::Start);
}

napi_value rtStop(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  RtStream *s = unwrapThis(env, info, &argc, argv, &self);
  if (!s) return throwError(env, "RtStream.stop: not an RtStream");
  bool abort = false;
  if (argc >= 1) napi_get_value_bool(env, argv[0], &abort);
  if ((s->state != State::Open && s->state != State::Running) || s->busy)
    return throwError(env, "RtStream.stop: stream is not open and idle");
  return queueOp(env, self, s, abort ? Op::Abort : Op::Stop);
}

napi_value rtClose(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  RtStream *s = unwrapThis(env, info, &argc, nullptr, &self);
  if (!s) return throwError(env, "RtStream.close: not an RtStream");
  if ((s->state != State::Open && s->state != State::Running) || s->busy)
    return throwError(env, "RtStream.close: stream is not open and idle");
  return queueOp(env, self, s, Op::Close);
}

/** write(buffer) → bytes accepted into the output ring (never blocks). */
napi_value rtWrite(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  RtStream *s = unwrapThis(env, info, &argc, argv, &self);
  if (!s) return throwError(env, "RtStream.write: not an RtStream");
  if (s->outChannels <= 0) return throwError(env, "RtStream.write: the stream has no output");
  if (argc < 1) return throwError(env, "RtStream.write expects a buffer");
  void *data = nullptr;
  size_t len = 0;
  bool isTyped = false;
  napi_is_typedarray(env, argv[0], &isTyped);
  if (isTyped) {
    napi_typedarray_type type;
    size_t length, offset;
    napi_value ab;
    RT_CHECK(napi_get_typedarray_info(env, argv[0], &type, &length, &data, &ab, &offset));
    size_t elem = 1;
    switch (type) {
      case napi_int16_array: case napi_uint16_array: elem = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: elem = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: elem = 8; break;
      default: elem = 1;
    }
    len = length * elem;
  } else {
    return throwError(env, "RtStream.write expects a Buffer or typed array");
  }
  len -= len % s->outFrameBytes();
  size_t n = s->ring.write(static_cast<uint8_t *>(data), len);
  if (n > 0) s->primed.store(true);
  napi_value result;
  RT_CHECK(napi_create_double(env, (double)n, &result));
  return result;
}

/** endOutput(flag): while set, a short output ring is the end of the stream, not an underflow. */
napi_value rtEndOutput(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  RtStream *s = unwrapThis(env, info, &argc, argv, nullptr);
  if (!s) return throwError(env, "RtStream.endOutput: not an RtStream");
  bool flag = true;
  if (argc >= 1) napi_get_value_bool(env, argv[0], &flag);
  s->ending.store(flag);
  return nullptr;
}

napi_value rtInfo(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  RtStream *s = unwrapThis(env, info, &argc, nullptr, nullptr);
  if (!s) return throwError(env, "RtStream.info: not an RtStream");
  napi_value result;
  RT_CHECK(napi_create_object(env, &result));
  const char *states[] = {"created", "opening", "open", "running", "closed"};
  napi_value st;
  RT_CHECK(napi_create_string_utf8(env, states[(int)s->state], NAPI_AUTO_LENGTH, &st));
  napi_set_named_property(env, result, "state", st);
  setNumber(env, result, "inputLatency", s->actualInLatency);
  setNumber(env, result, "outputLatency", s->actualOutLatency);
  setNumber(env, result, "sampleRate", s->actualRate);
  setNumber(env, result, "queuedFrames", s->outChannels ? (double)(s->ring.queued() / s->outFrameBytes()) : 0);
  setNumber(env, result, "ringFrames", s->outChannels ? (double)(s->ring.capacity() / s->outFrameBytes()) : 0);
  setNumber(env, result, "underflows", s->underflows.load());
  setNumber(env, result, "droppedFrames", s->dropped.load());
  setNumber(env, result, "playedFrames", s->played.load());
  setNumber(env, result, "time", s->stream ? Pa_GetStreamTime(s->stream) : 0);
  return result;
}

void rtFinalize(napi_env env, void *data, void *hint) {
  RtStream *s = static_cast<RtStream *>(data);
  // Only reachable when no op is in flight and the stream is not open (both hold references).
  s->abortNow();
  s->release();
}

napi_value rtConstruct(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], thisVal;
  RT_CHECK(napi_get_cb_info(env, info, &argc, argv, &thisVal, nullptr));
  if (argc < 1) return throwError(env, "RtStream expects an options object");
  napi_valuetype t;
  napi_typeof(env, argv[0], &t);
  if (t != napi_object) return throwError(env, "RtStream expects an options object");
  RtStream *s = new RtStream();
  double v;
  napi_value sub;
  if (getObject(env, argv[0], "input", &sub)) {
    if (getNumber(env, sub, "device", &v)) s->inDevice = (int)v;
    s->inChannels = getNumber(env, sub, "channels", &v) ? (int)v : 1;
    if (getNumber(env, sub, "latency", &v)) s->inLatency = v;
  }
  if (getObject(env, argv[0], "output", &sub)) {
    if (getNumber(env, sub, "device", &v)) s->outDevice = (int)v;
    s->outChannels = getNumber(env, sub, "channels", &v) ? (int)v : 1;
    if (getNumber(env, sub, "latency", &v)) s->outLatency = v;
  }
  if (getNumber(env, argv[0], "sampleRate", &v)) s->sampleRate = v;
  if (getNumber(env, argv[0], "framesPerBuffer", &v) && v >= 0) s->framesPerBuffer = (unsigned long)v;
  {
    bool has = false;
    napi_value rt;
    if (napi_has_named_property(env, argv[0], "realtime", &has) == napi_ok && has &&
        napi_get_named_property(env, argv[0], "realtime", &rt) == napi_ok) {
      bool b = true;
      if (napi_get_value_bool(env, rt, &b) == napi_ok) s->realtime = b;
    }
  }
  double ringFrames = 0, maxPending = 0;
  if (!getNumber(env, argv[0], "outputRingFrames", &ringFrames) || ringFrames < 1) ringFrames = s->sampleRate;
  if (!getNumber(env, argv[0], "maxPendingFrames", &maxPending) || maxPending < 1) maxPending = 2 * s->sampleRate;
  s->maxPendingFrames = (uint32_t)maxPending;
  if (s->inChannels <= 0 && s->outChannels <= 0) {
    delete s;
    return throwError(env, "RtStream needs input and/or output options with channels >= 1");
  }
  if (s->outChannels > 0) s->ring.reset((size_t)ringFrames * s->outFrameBytes());
  napi_status st = napi_wrap(env, thisVal, s, rtFinalize, nullptr, nullptr);
  if (st != napi_ok) {
    delete s;
    return throwError(env, "RtStream: wrap failed");
  }
  return thisVal;
}

void envCleanup(void *arg) {
  // Environment teardown (process exit, worker end): stop every open stream, then PortAudio.
  std::set<RtStream *> copy = openStreams();
  for (RtStream *s : copy) s->abortNow();
  paSharedTerminate();
}

// ---- module-level functions --------------------------------------------------------------

struct InitWork {
  napi_async_work work = nullptr;
  napi_deferred deferred = nullptr;
  PaError err = paNoError;
};

napi_value initialize(napi_env env, napi_callback_info info) {
  InitWork *w = new InitWork();
  napi_value promise, name;
  RT_CHECK(napi_create_promise(env, &w->deferred, &promise));
  RT_CHECK(napi_create_string_utf8(env, "PaInitialize", NAPI_AUTO_LENGTH, &name));
  RT_CHECK(napi_create_async_work(
      env, nullptr, name, [](napi_env, void *d) { static_cast<InitWork *>(d)->err = paSharedInit(); },
      [](napi_env env, napi_status, void *d) {
        InitWork *w = static_cast<InitWork *>(d);
        if (w->err == paNoError) {
          napi_value u;
          napi_get_undefined(env, &u);
          napi_resolve_deferred(env, w->deferred, u);
        } else {
          napi_value msg, err;
          std::string text = std::string("could not initialise PortAudio: ") + Pa_GetErrorText(w->err);
          napi_create_string_utf8(env, text.c_str(), NAPI_AUTO_LENGTH, &msg);
          napi_create_error(env, nullptr, msg, &err);
          napi_reject_deferred(env, w->deferred, err);
        }
        napi_delete_async_work(env, w->work);
        delete w;
      },
      w, &w->work));
  RT_CHECK(napi_queue_async_work(env, w->work));
  return promise;
}

napi_value listDevices(napi_env env, napi_callback_info info) {
  PaError err = paSharedInit();
  if (err != paNoError) return throwError(env, std::string("could not initialise PortAudio: ") + Pa_GetErrorText(err));
  napi_value result;
  RT_CHECK(napi_create_array(env, &result));
  int n = Pa_GetDeviceCount();
  PaDeviceIndex defIn = Pa_GetDefaultInputDevice(), defOut = Pa_GetDefaultOutputDevice();
  for (int i = 0; i < n; ++i) {
    const PaDeviceInfo *d = Pa_GetDeviceInfo(i);
    if (!d) continue;
    napi_value o, name, host, b;
    RT_CHECK(napi_create_object(env, &o));
    setNumber(env, o, "id", i);
    RT_CHECK(napi_create_string_utf8(env, d->name ? d->name : "", NAPI_AUTO_LENGTH, &name));
    napi_set_named_property(env, o, "name", name);
    const PaHostApiInfo *h = Pa_GetHostApiInfo(d->hostApi);
    RT_CHECK(napi_create_string_utf8(env, h && h->name ? h->name : "", NAPI_AUTO_LENGTH, &host));
    napi_set_named_property(env, o, "hostAPIName", host);
    setNumber(env, o, "maxInputChannels", d->maxInputChannels);
    setNumber(env, o, "maxOutputChannels", d->maxOutputChannels);
    setNumber(env, o, "defaultSampleRate", d->defaultSampleRate);
    setNumber(env, o, "defaultLowInputLatency", d->defaultLowInputLatency);
    setNumber(env, o, "defaultLowOutputLatency", d->defaultLowOutputLatency);
    setNumber(env, o, "defaultHighInputLatency", d->defaultHighInputLatency);
    setNumber(env, o, "defaultHighOutputLatency", d->defaultHighOutputLatency);
    napi_get_boolean(env, i == defIn, &b);
    napi_set_named_property(env, o, "isDefaultInput", b);
    napi_get_boolean(env, i == defOut, &b);
    napi_set_named_property(env, o, "isDefaultOutput", b);
    RT_CHECK(napi_set_element(env, result, (uint32_t)i, o));
  }
  return result;
}

/** isFormatSupported({ input?: {device, channels, latency}, output?: {...}, sampleRate }) → '' or error text. */
napi_value isFormatSupported(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  RT_CHECK(napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr));
  if (argc < 1) return throwError(env, "isFormatSupported expects an options object");
  PaError err = paSharedInit();
  if (err != paNoError) return throwError(env, std::string("could not initialise PortAudio: ") + Pa_GetErrorText(err));
  RtStream tmp;
  double v;
  napi_value sub;
  if (getObject(env, argv[0], "input", &sub)) {
    if (getNumber(env, sub, "device", &v)) tmp.inDevice = (int)v;
    tmp.inChannels = getNumber(env, sub, "channels", &v) ? (int)v : 1;
    if (getNumber(env, sub, "latency", &v)) tmp.inLatency = v;
  }
  if (getObject(env, argv[0], "output", &sub)) {
    if (getNumber(env, sub, "device", &v)) tmp.outDevice = (int)v;
    tmp.outChannels = getNumber(env, sub, "channels", &v) ? (int)v : 1;
    if (getNumber(env, sub, "latency", &v)) tmp.outLatency = v;
  }
  if (getNumber(env, argv[0], "sampleRate", &v)) tmp.sampleRate = v;
  PaStreamParameters in, out;
  if (tmp.inChannels > 0) fillParams(&tmp, true, in);
  if (tmp.outChannels > 0) fillParams(&tmp, false, out);
  std::string text;
  if ((tmp.inChannels > 0 && in.device == paNoDevice) || (tmp.outChannels > 0 && out.device == paNoDevice)) {
    text = "no default device";
  } else {
    err = Pa_IsFormatSupported(tmp.inChannels > 0 ? &in : nullptr, tmp.outChannels > 0 ? &out : nullptr, tmp.sampleRate);
    if (err != paFormatIsSupported) text = Pa_GetErrorText(err);
  }
  napi_value result;
  RT_CHECK(napi_create_string_utf8(env, text.c_str(), NAPI_AUTO_LENGTH, &result));
  return result;
}

napi_value versionInfo(napi_env env, napi_callback_info info) {
  napi_value result;
  RT_CHECK(napi_create_string_utf8(env, Pa_GetVersionText(), NAPI_AUTO_LENGTH, &result));
  return result;
}

} // namespace

napi_status initRtStream(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"open", nullptr, rtOpen, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"start", nullptr, rtStart, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"stop", nullptr, rtStop, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"close", nullptr, rtClose, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"write", nullptr, rtWrite, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"endOutput", nullptr, rtEndOutput, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"info", nullptr, rtInfo, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_value ctor;
  napi_status st = napi_define_class(env, kRtClass, NAPI_AUTO_LENGTH, rtConstruct, nullptr,
                                     sizeof(methods) / sizeof(methods[0]), methods, &ctor);
  if (st != napi_ok) return st;
  st = napi_set_named_property(env, exports, kRtClass, ctor);
  if (st != napi_ok) return st;
  napi_property_descriptor fns[] = {
      {"initialize", nullptr, initialize, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"listDevices", nullptr, listDevices, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"isFormatSupported", nullptr, isFormatSupported, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"versionInfo", nullptr, versionInfo, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  st = napi_define_properties(env, exports, sizeof(fns) / sizeof(fns[0]), fns);
  if (st != napi_ok) return st;
  return napi_add_env_cleanup_hook(env, envCleanup, nullptr);
}

} // namespace streampunk
