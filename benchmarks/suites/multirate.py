"""scipy side of benchmarks/suites/multirate.ts (run by it as a child process, same run, same data).

usage: python3 multirate.py <signal.f64> <out-dir> <reps> <up>/<down> [<up>/<down> ...]
For each ratio: times scipy.signal.resample_poly(x, up, down) (default Kaiser β = 5 design, constant padding),
best of <reps> calls after one warm-up call, by CPU time (time.process_time) and by wall time (the method of
benchmarks/lib/cpuTiming.ts), writes the output to <out-dir>/resample<up>_<down>.scipy.f64 and prints JSON
(throughput in input samples per second, from the CPU time).
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
ratios = [tuple(int(v) for v in r.split("/")) for r in sys.argv[4:]]

result = {"scipy": scipy.__version__, "numpy": np.__version__, "rows": {}}
for up, down in ratios:
    signal.resample_poly(x, up, down)  # warm-up
    best = float("inf")
    cpu = float("inf")
    y = None
    for _ in range(reps):
        c0 = time.process_time()
        t0 = time.perf_counter()
        y = signal.resample_poly(x, up, down)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    y.astype("<f8").tofile(f"{out_dir}/resample{up}_{down}.scipy.f64")
    result["rows"][f"{up}/{down}"] = {"seconds": best, "cpu": cpu, "msps": len(x) / cpu / 1e6}
print(json.dumps(result))
