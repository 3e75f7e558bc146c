"""scipy side of benchmarks/suites/sdr.ts (run by it as a child process, same run, same data).

usage: python3 sdr.py <iq.f64> <design.json> <out-dir> <reps> <frame>
The course's sdr_helper FM chain, per frame with the filter states carried: stage 1
lfilter(taps1, 1, x, zi)[::10] (decimation phase kept across frames), the discriminator
(X*dY - Y*dX)/(X^2 + Y^2) with the previous sample carried, stage 2 lfilter(taps2, 1, z, zi)[::5],
de-emphasis lfilter(b, a, y, zi). Best of <reps> passes after a warm-up; writes the audio of the last
pass to <out-dir>/audio.scipy.f64 and prints JSON.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import signal

raw = np.fromfile(sys.argv[1], dtype="<f8")
x = raw[0::2] + 1j * raw[1::2]
design = json.load(open(sys.argv[2]))
out_dir = sys.argv[3]
reps = int(sys.argv[4])
frame = int(sys.argv[5])
h1 = np.array(design["taps1"])
h2 = np.array(design["taps2"])
b = np.array(design["b"])
a = np.array(design["a"])


def run():
    z1 = np.zeros(len(h1) - 1, dtype=complex)
    z2 = np.zeros(len(h2) - 1)
    zd = np.zeros(1)
    prev = 0j
    p1 = 0
    p2 = 0
    out = []
    for s in range(0, len(x), frame):
        xf = x[s : s + frame]
        y1, z1 = signal.lfilter(h1, 1, xf, zi=z1)
        bb = y1[p1::10]
        p1 = (p1 - len(xf)) % 10
        ext = np.concatenate([[prev], bb])
        X = np.real(ext)
        Y = np.imag(ext)
        dX = np.diff(X)
        dY = np.diff(Y)
        z = (X[1:] * dY - Y[1:] * dX) / (X[1:] ** 2 + Y[1:] ** 2)
        if len(bb):
            prev = bb[-1]
        y2, z2 = signal.lfilter(h2, 1, z, zi=z2)
        au = y2[p2::5]
        p2 = (p2 - len(z)) % 5
        yd, zd = signal.lfilter(b, a, au, zi=zd)
        out.append(yd)
    return np.concatenate(out)


run()
best = float("inf")
audio = None
for _ in range(reps):
    t0 = time.perf_counter()
    audio = run()
    best = min(best, time.perf_counter() - t0)
audio.astype("<f8").tofile(f"{out_dir}/audio.scipy.f64")
print(json.dumps({"scipy": scipy.__version__, "numpy": np.__version__, "seconds": best}))
