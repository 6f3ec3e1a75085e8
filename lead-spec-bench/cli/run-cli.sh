#!/usr/bin/env bash
# The CLI benchmark of issue 10: the full UCI Bank Marketing file (45,211 calls, read from
# ../shared/data, never committed here) through `lead-spec evaluate`, wall time including JVM
# start, against a baseline measured in the same run (the JVM starting the same jar and
# printing its version); and 10^7 synthetic leads through a 256 MB heap.
# Usage, from the repository root: bash lead-spec-bench/cli/run-cli.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=lead-spec-bench/results
data=../shared/data/bank-marketing/bank-full.csv
contract=lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json
flagship=lead-spec-examples/src/test/resources/dev/leadspec/examples/flagship-v1.golden.json
jar=lead-spec-cli/target/lead-spec.jar
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }
mvn -q -B -ntp -pl lead-spec-cli -am package -DskipTests
sha256sum "$data"
hyperfine --warmup 2 --runs 10 --export-json "$out/cli-bank-full.json" --export-markdown "$out/cli-bank-full.md" \
  -n "baseline: JVM start (java -jar lead-spec.jar --version)" "java -jar $jar --version" \
  -n "evaluate bank-full.csv (45,211 calls)" \
  "java -jar $jar evaluate --contract $contract --separator ';' --unknown unknown --map y=subscribed --delivered-at 2010-11-30T00:00:00Z -o /dev/null $data"
{
  echo "# 10^7 synthetic leads, -Xmx256m, JSONL in, full verdict JSONL out to /dev/null"
  uptime
  /usr/bin/time -f "%e s wall, %M KB max RSS" bash -c \
    "java lead-spec-bench/cli/SyntheticLeads.java 10000000 | java -Xmx256m -jar $jar evaluate --contract $flagship -o /dev/null -" 2>&1
  uptime
} | tee "$out/cli-synthetic.txt"
