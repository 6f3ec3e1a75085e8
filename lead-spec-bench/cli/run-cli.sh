#!/usr/bin/env bash
# The CLI benchmark of issue 10: the full UCI Bank Marketing file (45,211 calls, read from
# ../shared/data, never committed here) through `lead-spec evaluate`, wall time including JVM
# start, against a baseline measured in the same run (the JVM starting the same jar and
# printing its version); and 10^7 synthetic leads through a 256 MB heap.
#
# The synthetic leads are written to a file first (about 2.6 GB, deleted afterwards unless
# KEEP_SYNTHETIC=1) and `evaluate` alone is timed, three runs: piped from the generator, the two
# would share the machine's two cores. One piped run is timed too, for comparison.
# Usage, from the repository root: bash lead-spec-bench/cli/run-cli.sh
# Environment: SYNTHETIC=path of the synthetic file (default: a file beside the repository);
# BEFORE_JAR=an earlier build of lead-spec.jar to measure in the same run, for a before/after ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=lead-spec-bench/results
data=../shared/data/bank-marketing/bank-full.csv
contract=lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json
flagship=lead-spec-examples/src/test/resources/dev/leadspec/examples/flagship-v1.golden.json
jar=lead-spec-cli/target/lead-spec.jar
count=10000000
synthetic=${SYNTHETIC:-../lead-spec-synthetic-1e7.jsonl}
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }
mvn -q -B -ntp -pl lead-spec-cli -am package -DskipTests
sha256sum "$data"
bank="evaluate --contract $contract --separator ';' --unknown unknown --map y=subscribed --delivered-at 2010-11-30T00:00:00Z -o /dev/null $data"
before=()
if [ -n "${BEFORE_JAR:-}" ]; then
  before=(-n "before: evaluate bank-full.csv with $(basename "$BEFORE_JAR")" "java -jar $BEFORE_JAR $bank")
fi
hyperfine --warmup 2 --runs 10 --export-json "$out/cli-bank-full.json" --export-markdown "$out/cli-bank-full.md" \
  -n "baseline: JVM start (java -jar lead-spec.jar --version)" "java -jar $jar --version" \
  -n "evaluate bank-full.csv (45,211 calls)" "java -jar $jar $bank" "${before[@]}"

if [ ! -s "$synthetic" ]; then
  df -h "$(dirname "$synthetic")"
  java lead-spec-bench/cli/SyntheticLeads.java "$count" > "$synthetic"
fi
# Runs evaluate, prints its summary, wall time, leads per second and maximum resident memory.
timed() {
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" "$@" 2>&1 | awk -v n="$count" '
    / s wall/ { printf "%s; %d leads/s\n", $0, n / $1; next } { print }'
}
{
  echo "# 10^7 synthetic flagship leads, -Xmx256m, JSONL in, full verdict JSONL out to /dev/null"
  echo "# $(nproc) cores; $(java -version 2>&1 | head -1)"
  echo "# from a file ($(stat -c %s "$synthetic") bytes), evaluate alone:"
  for run in 1 2 3; do
    echo "load average before run $run: $(cut -d' ' -f1-3 /proc/loadavg)"
    timed java -Xmx256m -jar "$jar" evaluate --contract "$flagship" -o /dev/null "$synthetic"
  done
  if [ -n "${BEFORE_JAR:-}" ]; then
    echo "# the same file through $(basename "$BEFORE_JAR"), the build before, in the same run:"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    timed java -Xmx256m -jar "$BEFORE_JAR" evaluate --contract "$flagship" -o /dev/null "$synthetic"
  fi
  echo "# piped from the generator, both on the same cores:"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  timed bash -c "java lead-spec-bench/cli/SyntheticLeads.java $count | java -Xmx256m -jar $jar evaluate --contract $flagship -o /dev/null -"
} | tee "$out/cli-synthetic.txt"
if [ "${KEEP_SYNTHETIC:-0}" != 1 ]; then
  rm -f "$synthetic"
fi
