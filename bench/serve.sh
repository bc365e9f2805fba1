#!/usr/bin/env bash
# The author's loop: edit-to-page latency of `bulwark serve` against `hugo server`, in one run.
# Usage (from anywhere):  bench/serve.sh
# Environment:
#   SIZES="1000 10000"  synthetic standard sizes (controls)
#   EDITS=5             edits per tool and size (the median is reported)
#   SEED=42 SERVICES=30 synthetic generator parameters (the same inputs as bench/run.sh)
#   BULWARK_JAR=FILE    the jar to time (default generator/target/bulwark.jar)
# Writes the table to stdout and to bench/serve-results.md. See bench/README.md, "The author's loop".
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/work
JAR=${BULWARK_JAR:-$ROOT/generator/target/bulwark.jar}
SIZES=${SIZES:-"1000 10000"}
EDITS=${EDITS:-5}
SEED=${SEED:-42}
SERVICES=${SERVICES:-30}

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }
command -v hugo >/dev/null || die "hugo not found; install Debian's package: apt-get install -y hugo"
[ -f "$JAR" ] || die "$JAR does not exist; run 'mvn -q -DskipTests package' first"

CLASSES=$WORK/classes-serve
rm -rf "$CLASSES"
javac -d "$CLASSES" -cp "$JAR" bench/*.java >&2 || die "cannot compile the benchmark's programs"
CP=$CLASSES:$JAR

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
ROWS=()
for n in $SIZES; do
  dir=$WORK/syn-$n
  if [ ! -f "$dir/content/standard.yaml" ] || [ ! -d "$dir/hugo" ]; then
    say "bench: generating synthetic standard, N=$n"
    java -cp "$CP" SyntheticStandard "$dir/content" "$n" "$SEED" "$SERVICES" >&2
    java -cp "$CP" HugoSite "$dir/content" "$dir/hugo" >&2
  fi
  say "bench: $EDITS edits on $n controls, ours then Hugo's"
  out=$(java -cp "$CP" ServeLatency "$JAR" "$dir/content" "$dir/hugo" "$EDITS")
  say "$out"
  ours=$(printf '%s\n' "$out" | awk '$1 == "ours"')
  hugo=$(printf '%s\n' "$out" | awk '$1 == "hugo"')
  read -r _ om omin omax orss _ <<<"$ours"
  read -r _ hm hmin hmax hrss _ <<<"$hugo"
  ROWS+=("| $n | $om ($omin–$omax) | $hm ($hmin–$hmax) | $(awk -v a="$om" -v b="$hm" 'BEGIN { printf "%.2f", a / b }') | $orss | $hrss | $(awk -v a="$orss" -v b="$hrss" 'BEGIN { printf "%.2f", a / b }') |")
done
LOAD_END=$(cut -d' ' -f1 /proc/loadavg)

{
  echo "Edit-to-page latency, median of $EDITS edits (min–max), ms; resident memory of the warm server, MB"
  echo "($(nproc) cores, load average $LOAD_START at start and $LOAD_END at end; $(java -version 2>&1 | head -1); $(hugo version | awk '{print $1, $2}'))"
  echo
  echo "| controls | \`bulwark serve\` ms | \`hugo server\` ms | ratio | ours MB | Hugo MB | mem ratio |"
  echo "|---:|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$ROOT/bench/serve-results.md"
