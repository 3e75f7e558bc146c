"""scipy side of benchmarks/suites/welch.ts (run by it as a child process, same run, same data).

usage: python3 welch.py <signal.f64> <out-dir> <reps> <fs> <nperseg> [<nperseg> ...]
For each nperseg: times scipy.signal.welch(x, fs, nperseg=nperseg) (hann, 50 % overlap, constant
detrend, density — scipy's defaults), best of <reps> calls after one warm-up call (the method of
benchmarks/lib/timing.ts), writes the PSD to <out-dir>/welch<nperseg>.scipy.f64 and prints JSON.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import signal

x = np.fromfile(sys.argv[1], dtype="<f8")
out_dir = sys.argv[2]
reps = int(sys.argv[3])
fs = float(sys.argv[4])
npersegs = [int(v) for v in sys.argv[5:]]

result = {"scipy": scipy.__version__, "numpy": np.__version__, "rows": {}}
for nperseg in npersegs:
    signal.welch(x, fs, nperseg=nperseg)  # warm-up
    best = float("inf")
    p = None
    for _ in range(reps):
        t0 = time.perf_counter()
        _, p = signal.welch(x, fs, nperseg=nperseg)
        best = min(best, time.perf_counter() - t0)
    p.astype("<f8").tofile(f"{out_dir}/welch{nperseg}.scipy.f64")
    result["rows"][str(nperseg)] = {"seconds": best, "msps": len(x) / best / 1e6}
print(json.dumps(result))
