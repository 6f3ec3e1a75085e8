#!/usr/bin/env bash
# Builds lead-spec-bench and runs every benchmark as committed in results/, then renders
# results/results.md. Run from anywhere; takes about 22 minutes on 2 cores.
#   lead-spec-bench/run.sh [results-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-lead-spec-bench/results}
mkdir -p "$out"
jar=lead-spec-bench/target/benchmarks.jar

mvn -q -Pbench -pl lead-spec-bench -am package -DskipTests

{
  echo "commit:  $(git rev-parse HEAD 2>/dev/null || echo unknown)"
  echo "kernel:  $(uname -srm)"
  echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "memory:  $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "java:    $(java -version 2>&1 | tr '\n' ' ')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

set -x
java -jar "$jar" 'EvaluateBenchmark|TablesBenchmark|ThreadsBenchmark|BuildBenchmark' \
  -f 2 -wi 4 -w 2s -i 5 -r 1s -prof gc -foe true \
  -rf json -rff "$out/evaluate.json" -o "$out/evaluate.txt"
java -jar "$jar" BuildBenchmark -bm ss -tu us -f 10 -wi 0 -i 1 -foe true \
  -rf json -rff "$out/cold.json" -o "$out/cold.txt"
java -cp "$jar" dev.leadspec.bench.ThreadCpuTime > "$out/threads-cpu.txt"
java -cp "$jar" dev.leadspec.bench.EvaluateCpuTime > "$out/evaluate-cpu.txt"
java -jar "$jar" AnalysisBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -foe true \
  -rf json -rff "$out/analysis.json" -o "$out/analysis.txt"
set +x

echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
{
  echo "commands (from the repository root):"
  echo "  mvn -q -Pbench -pl lead-spec-bench -am package -DskipTests"
  echo "  java -jar $jar 'EvaluateBenchmark|TablesBenchmark|ThreadsBenchmark|BuildBenchmark' -f 2 -wi 4 -w 2s -i 5 -r 1s -prof gc -foe true -rf json -rff $out/evaluate.json -o $out/evaluate.txt"
  echo "  java -jar $jar BuildBenchmark -bm ss -tu us -f 10 -wi 0 -i 1 -foe true -rf json -rff $out/cold.json -o $out/cold.txt"
  echo "  java -cp $jar dev.leadspec.bench.ThreadCpuTime > $out/threads-cpu.txt"
  echo "  java -cp $jar dev.leadspec.bench.EvaluateCpuTime > $out/evaluate-cpu.txt"
  echo "  java -jar $jar AnalysisBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -foe true -rf json -rff $out/analysis.json -o $out/analysis.txt"
  echo "  java -cp $jar dev.leadspec.bench.ResultsTable $out"
} >> "$out/machine.txt"
java -cp "$jar" dev.leadspec.bench.ResultsTable "$out"
echo "wrote $out/results.md"
