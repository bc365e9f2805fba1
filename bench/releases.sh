#!/usr/bin/env bash
# What frozen releases cost a build: the default standard built with none and with N releases
# (default 10) of itself, RUNS times each, alternating; prints the median wall time of each and
# the median of each phase `build --verbose` reports (load+validate loads and checks the
# releases beside the current content; "releases" renders their Markdown for their exports).
#
#   mvn -q -DskipTests package && bench/releases.sh          # RELEASES=10 RUNS=5
#
# Run it on a quiet machine: the load average is printed at start and end.
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

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for case in none many; do : > "$WORK/$case.times"; done
for run in $(seq 1 "$RUNS"); do
  for case in none many; do
    start=$(date +%s%N)
    java -jar "$JAR" build --content "$WORK/$case" --out "$WORK/site-$case" --verbose 2> "$WORK/$case.$run.log" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$WORK/$case.times"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
phase() { grep -h "^  $2 " "$WORK"/$1.*.log | awk '{print $(NF-4)}' | median; }
printf '%-28s %12s %12s\n' "" "no releases" "$RELEASES releases"
printf '%-28s %9s ms %9s ms\n' "build, wall (median of $RUNS)" "$(median < "$WORK/none.times")" "$(median < "$WORK/many.times")"
for p in "load+validate" "releases" "markdown" "render pages" "exports"; do
  printf '%-28s %9s ms %9s ms\n' "  $p" "$(phase none "$p" || true)" "$(phase many "$p" || true)"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
