"""scipy side of benchmarks/suites/filters.ts (run by it as a child process, same run, same data).

usage: python3 filters.py <signal.f64> <coeffs.json> <out-dir> <reps> <frame>
Times, framed in <frame> samples with the state carried, best of <reps> passes after one warm-up
(the same method as benchmarks/lib/cpuTiming.ts: best CPU time, time.process_time, and best wall time): lfilter for the FIR and the first-order IIR, sosfilt
for the elliptic sections. Writes each row's output to <out-dir>/<row>.scipy.f64 and prints JSON.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import signal

x = np.fromfile(sys.argv[1], dtype="<f8")
coeffs = json.load(open(sys.argv[2]))
out_dir = sys.argv[3]
reps = int(sys.argv[4])
frame = int(sys.argv[5])
frames = [x[i : i + frame] for i in range(0, len(x), frame)]

taps = np.asarray(coeffs["fir"], float)
sos = np.asarray(coeffs["sos"], float)
b1 = np.asarray(coeffs["b1"], float)
a1 = np.asarray(coeffs["a1"], float)


def run_fir():
    zi = np.zeros(len(taps) - 1)
    ys = []
    for f in frames:
        y, zi = signal.lfilter(taps, [1.0], f, zi=zi)
        ys.append(y)
    return ys


def run_sos():
    zi = np.zeros((sos.shape[0], 2))
    ys = []
    for f in frames:
        y, zi = signal.sosfilt(sos, f, zi=zi)
        ys.append(y)
    return ys


def run_iir1():
    zi = np.zeros(max(len(a1), len(b1)) - 1)
    ys = []
    for f in frames:
        y, zi = signal.lfilter(b1, a1, f, zi=zi)
        ys.append(y)
    return ys


result = {"scipy": scipy.__version__, "numpy": np.__version__, "rows": {}}
for name, fn in [("fir", run_fir), ("sos", run_sos), ("iir1", run_iir1)]:
    fn()  # warm-up
    best = float("inf")
    cpu = float("inf")
    ys = None
    for _ in range(reps):
        c0 = time.process_time()
        t0 = time.perf_counter()
        ys = fn()
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    np.concatenate(ys).astype("<f8").tofile(f"{out_dir}/{name}.scipy.f64")
    result["rows"][name] = {"seconds": best, "cpu": cpu, "msps": len(x) / best / 1e6}

# How far the team's designs (used on both sides) are from scipy's own designs of the same spec.
spec = coeffs["spec"]
ref_fir = signal.remez(spec["fir"]["numtaps"], spec["fir"]["bands"], spec["fir"]["desired"], fs=spec["fs"])
ref_sos = signal.ellip(spec["ellip"]["N"], spec["ellip"]["rp"], spec["ellip"]["rs"], spec["ellip"]["Wn"], btype="bandpass", fs=spec["fs"], output="sos")
result["design_check"] = {
    "fir_max_abs_diff": float(np.max(np.abs(ref_fir - taps))),
    "sos_max_abs_diff": float(np.max(np.abs(ref_sos - sos))) if ref_sos.shape == sos.shape else None,
}
print(json.dumps(result))
