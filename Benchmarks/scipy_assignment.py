#!/usr/bin/env python3
"""The SciPy side of `make bench`: solves the matrices ramping-bench wrote, prints `FILE SECONDS TOTAL` per file.

Dense files: int64 rows, int64 columns, then rows x columns int32 scores (every pair allowed):
scipy.optimize.linear_sum_assignment(maximize=True). Sparse files: int64 rows, columns, per-row count, then
the int32 column indices and the int32 scores, row by row: scipy.sparse.csgraph.min_weight_full_bipartite_matching
(maximize=True). Only the solve is timed, as on the Ramping side the matrix is already built.
"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

for path in sys.argv[1:]:
    raw = np.fromfile(path, dtype=np.uint8)
    if "dense" in path:
        rows, columns = np.frombuffer(raw[:16], dtype="<i8")
        scores = np.frombuffer(raw[16:], dtype="<i4").reshape(rows, columns).astype(np.float64)
        start = time.perf_counter()
        r, c = linear_sum_assignment(scores, maximize=True)
        elapsed = time.perf_counter() - start
        total = int(scores[r, c].sum())
    else:
        rows, columns, per_row = np.frombuffer(raw[:24], dtype="<i8")
        body = np.frombuffer(raw[24:], dtype="<i4")
        nnz = rows * per_row
        indices, scores = body[:nnz], body[nnz:].astype(np.float64)
        matrix = csr_matrix((scores, indices, np.arange(0, nnz + 1, per_row)), shape=(rows, columns))
        start = time.perf_counter()
        r, c = min_weight_full_bipartite_matching(matrix, maximize=True)
        elapsed = time.perf_counter() - start
        total = int(np.asarray(matrix[r, c]).sum())
    print(path, f"{elapsed:.4f}", total, flush=True)
