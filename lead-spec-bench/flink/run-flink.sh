#!/usr/bin/env bash
# The Flink timed run of issue 22: the batch job at parallelism 1 and 2 against the CLI's
# `evaluate` on the same leads, in one JVM, in turns (FlinkThroughput in lead-spec-flink's test
# sources: the UCI bank file from ../shared/data, delivered over 30 days, repeated under new ids,
# four JSONL files, two contract versions, no challenges). A plain timed run, not JMH.
# Usage, from the repository root: bash lead-spec-bench/flink/run-flink.sh [COPIES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-10}
rounds=${2:-3}
mvn -q -B -ntp -pl lead-spec-flink -am -DskipTests -Dmaven.javadoc.skip=true verify \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/lead-spec-flink/target/test.classpath"
{
  echo "commit $(git rev-parse --short HEAD)"; uname -sr; nproc; grep -m1 'model name' /proc/cpuinfo || true
  java -version 2>&1 | head -1; echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee lead-spec-flink/target/flink-machine.txt
java -Xmx2g -cp "lead-spec-flink/target/test-classes:lead-spec-flink/target/classes:$(cat lead-spec-flink/target/test.classpath)" \
  dev.leadspec.flink.FlinkThroughput "$copies" "$rounds" 2>/dev/null | tee lead-spec-flink/target/flink-throughput.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a lead-spec-flink/target/flink-machine.txt
