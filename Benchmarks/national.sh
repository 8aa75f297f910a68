#!/bin/sh
# `make bench-national`: the national roll-up timed with GNU time: wall clock, CPU, peak memory, and the rate
# per core (charts and MB of YAML per CPU-second), so that a 16-core figure can be projected.
# Usage: Benchmarks/national.sh RAMPING FOLDER
set -eu
RAMPING=$1
FOLDER=$2
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
charts=$(ls "$FOLDER"/*.yaml | wc -l)
bytes=$(cat "$FOLDER"/*.yaml | wc -c)
cores=$(nproc)
echo "National roll-up: $charts charts, $((bytes / 1000000)) MB of YAML, $cores cores"
# The machine may be shared: the load average before and after says how much of the cores this run had.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
/usr/bin/time -v "$RAMPING" rollup "$FOLDER" --format csv --lang en > "$OUT/regions.csv" 2> "$OUT/time.txt" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -v "^\s" "$OUT/time.txt" | grep -v "^Command" | head -5 || true
wall=$(grep "Elapsed (wall clock)" "$OUT/time.txt" | awk '{print $NF}')
user=$(grep "User time" "$OUT/time.txt" | awk '{print $NF}')
sys=$(grep "System time" "$OUT/time.txt" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$OUT/time.txt" | awk '{print $NF}')
python3 - "$wall" "$user" "$sys" "$rss" "$charts" "$bytes" "$cores" "$status" <<'PY'
import sys
wall, user, system, rss, charts, size, cores, status = sys.argv[1:]
if status != "0":
    print(f"exit status {status}: some charts were not analysed (see above); no rates")
    sys.exit(1)
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(user) + float(system)
charts, size, cores, gib = int(charts), int(size) / 1e6, int(cores), int(rss) / 2**20
print(f"wall {seconds:.0f} s (target < 480 s: {'met' if seconds < 480 else 'NOT met'}), CPU {cpu:.0f} s, "
      f"peak RSS {gib:.2f} GiB (target < 8 GiB: {'met' if gib < 8 else 'NOT met'}), exit status {status}")
print(f"per core: {charts / cpu:.2f} charts/s, {size / cpu:.1f} MB/s of YAML; parallel efficiency "
      f"{cpu / seconds / cores:.0%} of {cores} cores")
print(f"on {cores} idle cores at the same per-core rate: {cpu / cores:.0f} s; projected on 16 cores: {cpu / 16:.0f} s")
PY
