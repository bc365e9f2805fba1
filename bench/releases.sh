#!/usr/bin/env bash
# What frozen releases cost a build: the default standard built with none and with N releases
# (default 10) of itself, RUNS times each, alternating. Each run builds into an empty folder
# (the first build: every release's pages rendered) and then again into the same folder (a
# rebuild: releases unchanged, their frozen output reused), and checks the content (`check`,
# which writes nothing and so reuses nothing). Prints the median wall time of each, and the
# median of each phase `build --verbose` reports.
#
#   mvn -q -DskipTests package && RUNS=5 bench/releases.sh          # RELEASES=10 RUNS=5
#
# Run it on a quiet machine: the load average is printed at start and end. WORK (default: a
# folder under TMPDIR) is where the content and sites go; on a RAM disk (TMPDIR=/dev/shm) the
# numbers leave out the file system (deleting a previous site's thousands of files is slow on some).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BULWARK_JAR:-generator/target/bulwark.jar}
RELEASES=${RELEASES:-10}
RUNS=${RUNS:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bulwark-releases.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package first" >&2; exit 1; }

# the default content without its releases, and with RELEASES releases of it (0.1 ... 0.N, then
# the current content as 0.N+1): each release a full copy, as `release` writes them
mkdir -p "$WORK/none" "$WORK/many"
cp -r content/. "$WORK/none/"
rm -rf "$WORK/none/releases"
cp -r "$WORK/none/." "$WORK/many/"
for i in $(seq 1 "$RELEASES"); do
  sed -i "s/^version: .*/version: \"0.$i\"/" "$WORK/many/standard.yaml"
  java -jar "$JAR" release --content "$WORK/many" > /dev/null
done
sed -i "s/^version: .*/version: \"0.$((RELEASES + 1))\"/" "$WORK/many/standard.yaml"

# milliseconds of wall time of a command; its stderr (the --verbose phases) to $1
timed() {
  local log=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" 2> "$log" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; work in $WORK"
for run in $(seq 1 "$RUNS"); do
  for case in none many; do
    rm -rf "$WORK/site-$case"
    timed "$WORK/$case.first.$run.log" java -jar "$JAR" build --content "$WORK/$case" --out "$WORK/site-$case" --verbose \
      >> "$WORK/$case.first.times"
    timed "$WORK/$case.rebuild.$run.log" java -jar "$JAR" build --content "$WORK/$case" --out "$WORK/site-$case" --verbose \
      >> "$WORK/$case.rebuild.times"
    timed "$WORK/$case.check.$run.log" java -jar "$JAR" check --content "$WORK/$case" >> "$WORK/$case.check.times"
  done
  grep -q "frozen output reused" "$WORK/many.rebuild.$run.log" || { echo "run $run: the rebuild reused nothing" >&2; exit 1; }
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
phase() { grep -h "^  $2 " "$WORK"/$1.*.log | awk '{print $(NF-4)}' | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", b / a}'; }
printf '%-34s %12s %12s %8s\n' "median of $RUNS, wall" "no releases" "$RELEASES releases" "ratio"
for kind in first rebuild check; do
  n=$(median < "$WORK/none.$kind.times")
  m=$(median < "$WORK/many.$kind.times")
  printf '%-34s %9s ms %9s ms %8s\n' "$kind" "$n" "$m" "$(ratio "$n" "$m")"
done
for kind in first rebuild; do
  echo "phases of the $kind build:"
  for p in "load+validate" "markdown" "releases" "render pages" "frozen pages" "exports" "link check" "publish"; do
    printf '%-34s %9s ms %9s ms\n' "  $p" "$(phase "none.$kind" "$p" || true)" "$(phase "many.$kind" "$p" || true)"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
