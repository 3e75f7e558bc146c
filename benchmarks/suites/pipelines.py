"""scipy side of benchmarks/suites/pipelines.ts (run by it as a child process, same run, same data).

usage: python3 pipelines.py <signal.f64> <signal.i16> <coeffs.json> <out-dir> <reps> <frame> <fs>
Times, framed in <frame> samples with the state carried, best of <reps> passes after one warm-up, in
CPU time and in wall time, and the per-frame CPU time of the cheapest window of 64 frames after the first
96 (the method of benchmarks/lib/cpuTiming.ts timePasses):
  seed  the course's pyaudio_helper callback body, line by line, on int16 frames given as bytes (as
        PortAudio hands them over): np.frombuffer → astype(float32) → lfilter(b, [1], x, zi=zi)
        (182 taps) → DSP_capture_add_samples (hstack + keep the newest Tcapture = 2 s, as
        pyaudio_helper does) → astype(int16) → tobytes
  fir   lfilter(taps, [1]) on float64 frames
  fir10 lfilter(taps, a) with 10 poles
  sos   sosfilt, 5 sections
  iir1  lfilter, first order
Writes each row's output to <out-dir>/<row>.scipy.(f64|i16) and prints JSON.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import signal

x = np.fromfile(sys.argv[1], dtype="<f8")
x16 = np.fromfile(sys.argv[2], dtype="<i2")
coeffs = json.load(open(sys.argv[3]))
out_dir = sys.argv[4]
reps = int(sys.argv[5])
frame = int(sys.argv[6])
fs = int(sys.argv[7])
frames = [x[i : i + frame] for i in range(0, len(x), frame)]
in_data = [x16[i : i + frame].tobytes() for i in range(0, len(x16), frame)]

taps = np.asarray(coeffs["fir"], float)
a10 = np.asarray(coeffs["a10"], float)
sos = np.asarray(coeffs["sos"], float)
b1 = np.asarray(coeffs["b1"], float)
a1 = np.asarray(coeffs["a1"], float)


class Capture:
    """pyaudio_helper's DSP_capture_add_samples with Tcapture > 0 (behaviour re-implemented here)."""

    def __init__(self, seconds):
        self.n_capture = int(seconds * fs)
        self.data = np.array([])
        self.count = 0

    def add(self, new):
        self.count += len(new)
        self.data = np.hstack((self.data, new))
        if len(self.data) > self.n_capture:
            self.data = self.data[-self.n_capture :]


def run_seed(tick):
    b = taps
    a = [1]
    zi = np.zeros(len(b) - 1)
    cap = Capture(2)
    outs = []
    for data in in_data:
        x = np.frombuffer(data, dtype=np.int16)
        x = x.astype(np.float32)
        y, zi = signal.lfilter(b, a, x, zi=zi)
        cap.add(y)
        y = y.astype(np.int16)
        outs.append(y.tobytes())
        tick()
    return outs


def framed(b, a):
    def run(tick):
        zi = np.zeros(max(len(a), len(b)) - 1)
        ys = []
        for f in frames:
            y, zi = signal.lfilter(b, a, f, zi=zi)
            ys.append(y)
            tick()
        return ys

    return run


def run_sos(tick):
    zi = np.zeros((sos.shape[0], 2))
    ys = []
    for f in frames:
        y, zi = signal.sosfilt(sos, f, zi=zi)
        ys.append(y)
        tick()
    return ys


WINDOW = 64  # frames per timing window (benchmarks/lib/cpuTiming.ts timePasses)
SKIP = 96  # frames before the first window (start-up; the capture buffer fills in 94 frames)


class Ticker:
    """Per-frame CPU time of the cheapest window of WINDOW frames after the first SKIP (as timePasses)."""

    def __init__(self):
        self.best = float("inf")
        self.frame = 0
        self.start = 0.0
        self.active = False

    def reset(self):
        self.frame = 0

    def tick(self):
        self.frame += 1
        if self.frame == SKIP:
            self.start = time.process_time()
        elif self.frame > SKIP and (self.frame - SKIP) % WINDOW == 0:
            now = time.process_time()
            if self.active:
                self.best = min(self.best, (now - self.start) / WINDOW)
            self.start = now


def best_of(fn):
    """Best whole-pass CPU time (time.process_time), best wall time (time.perf_counter) and best window."""
    t = Ticker()
    fn(t.tick)  # warm-up
    t.active = True
    cpu = wall = float("inf")
    out = None
    for _ in range(reps):
        t.reset()
        c0 = time.process_time()
        t0 = time.perf_counter()
        out = fn(t.tick)
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return cpu, wall, t.best, out


result = {"scipy": scipy.__version__, "numpy": np.__version__, "rows": {}}
cpu, wall, window, outs = best_of(run_seed)
np.frombuffer(b"".join(outs), dtype=np.int16).astype("<i2").tofile(f"{out_dir}/seed.scipy.i16")
result["rows"]["seed"] = {"cpu": cpu, "wall": wall, "window": window}
for name, fn in [("fir", framed(taps, [1.0])), ("fir10", framed(taps, a10)), ("sos", run_sos), ("iir1", framed(b1, a1))]:
    cpu, wall, window, ys = best_of(fn)
    np.concatenate(ys).astype("<f8").tofile(f"{out_dir}/{name}.scipy.f64")
    result["rows"][name] = {"cpu": cpu, "wall": wall, "window": window}
print(json.dumps(result))
