#!/usr/bin/env bash
# Bulwark benchmark: our build vs Hugo vs the I/O floor, side by side, in one run.
# Usage (from anywhere):  bench/run.sh
# Environment:
#   RUNS=5              timed runs per tool and case, after one warm-up
#   SIZES="1000 10000"  synthetic standard sizes (controls)
#   NIST=1              also the NIST SP 800-53 catalog, imported with `bulwark import oscal` (0 to skip)
#   CATALOG=FILE        the OSCAL catalog to import (default: the repository's NIST SP 800-53 5.0.1, gzipped)
#   SEED=42 SERVICES=30 synthetic generator parameters
#   CHECK=1             validate the generated inputs with bench/check_content.py (needs python3 + PyYAML)
#   OUT_ROOT=DIR        where the sites are written (default: a tmpfs under /dev/shm, see README)
#   MAX_SECONDS_PER_CASE=120  fewer timed runs for a tool whose warm-up shows it would exceed this
#   KEEP_OUT=0          1 keeps the built sites under OUT_ROOT after the run
#   ALLOW_FAIL=0        1 times our build even when it exits non-zero (flagged in the table)
#   BULWARK_JAR=FILE    the jar to time (default generator/target/bulwark.jar)
#   BULWARK_JAVA_OPTS=  extra JVM options for our build (default none: the plain `java -jar` a user runs)
# Writes the table to stdout and to bench/results.md. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/work
JAR=${BULWARK_JAR:-$ROOT/generator/target/bulwark.jar}
RUNS=${RUNS:-5}
SIZES=${SIZES:-"1000 10000"}
NIST=${NIST:-1}
SEED=${SEED:-42}
SERVICES=${SERVICES:-30}
CHECK=${CHECK:-1}
KEEP_OUT=${KEEP_OUT:-0}
MAX_SECONDS_PER_CASE=${MAX_SECONDS_PER_CASE:-120}
BULWARK_JAVA_OPTS=${BULWARK_JAVA_OPTS:-}
CATALOG=${CATALOG:-$ROOT/generator/src/test/resources/oscal/NIST_SP-800-53_rev5.0.1_catalog.json.gz}
if [ -z "${OUT_ROOT:-}" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then OUT_ROOT=/dev/shm/bulwark-bench-$$; else OUT_ROOT=$WORK/out; fi
fi
START=$(date +%s)
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

command -v hugo >/dev/null || die "hugo not found; install Debian's package: apt-get install -y hugo"
[ -x /usr/bin/time ] || die "/usr/bin/time not found; apt-get install -y time"
command -v java >/dev/null || die "java not found (JDK 17)"
if awk -v l="$LOAD_START" -v c="$(nproc)" 'BEGIN { exit !(l > c / 2) }'; then
  say "bench: warning: load average is $LOAD_START on $(nproc) cores; other work on the machine will distort the times"
fi

# --- class path for the helper programs (Jackson): the shaded jar, else ~/.m2 -------------
helper_cp() {
  if [ -f "$JAR" ]; then echo "$JAR"; return; fi
  local m2=${M2_REPO:-$HOME/.m2/repository} j v yaml snake
  j=$m2/com/fasterxml/jackson
  for yaml in $(ls -d "$j"/dataformat/jackson-dataformat-yaml/*/ 2>/dev/null | sort -rV); do
    v=$(basename "$yaml")
    local db=$j/core/jackson-databind/$v/jackson-databind-$v.jar core=$j/core/jackson-core/$v/jackson-core-$v.jar
    local ann; ann=$(ls "$j"/core/jackson-annotations/"$v"/*.jar "$j"/core/jackson-annotations/"${v%.*}"/*.jar 2>/dev/null | head -1 || true)
    snake=$(ls "$m2"/org/yaml/snakeyaml/*/snakeyaml-*.jar 2>/dev/null | sort -V | tail -1 || true)
    if [ -f "$db" ] && [ -f "$core" ] && [ -n "$ann" ] && [ -n "$snake" ]; then
      echo "$db:$core:$ann:$yaml/jackson-dataformat-yaml-$v.jar:$snake"; return
    fi
  done
  return 1
}
CP=$(helper_cp) || {
  say "bench: no bulwark jar and no Jackson YAML in ~/.m2; fetching it with Maven"
  (mkdir -p "$WORK" && cd "$WORK" && mvn -q dependency:get -Dartifact=com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:2.17.2) >&2
  CP=$(helper_cp) || die "cannot build a class path with Jackson for the helper programs"
}

HAVE_OURS=1
if [ ! -f "$JAR" ]; then
  HAVE_OURS=0
  say "bench: $JAR does not exist (run 'mvn -q -DskipTests package'); skipping our build, timing Hugo and the floor only"
fi

# --- inputs, generated once per run -----------------------------------------------------
mkdir -p "$WORK" "$OUT_ROOT"
trap '[ "$KEEP_OUT" = 1 ] || rm -rf "$OUT_ROOT"' EXIT

# the helper programs share BenchFiles.java and Yaml.java: compiled together, once per run
CLASSES=$WORK/classes
rm -rf "$CLASSES"
javac -d "$CLASSES" -cp "$CP" bench/*.java >&2 || die "cannot compile the benchmark's programs"
CP=$CLASSES:$CP

CASES=()
for n in $SIZES; do
  say "bench: generating synthetic standard, N=$n"
  java -cp "$CP" SyntheticStandard "$WORK/syn-$n/content" "$n" "$SEED" "$SERVICES" >&2
  java -cp "$CP" HugoSite "$WORK/syn-$n/content" "$WORK/syn-$n/hugo" >&2
  CASES+=("synthetic:$n:$WORK/syn-$n")
done
if [ "$NIST" = 1 ] && [ "$HAVE_OURS" = 0 ]; then
  say "bench: no bulwark jar to import the NIST catalog with; skipping it"
elif [ "$NIST" = 1 ]; then
  say "bench: importing the NIST SP 800-53 catalog (bulwark import oscal)"
  rm -rf "$WORK/nist/content"
  java -jar "$JAR" import oscal "$CATALOG" --out "$WORK/nist/content" >&2 || die "cannot import $CATALOG"
  java -cp "$CP" HugoSite "$WORK/nist/content" "$WORK/nist/hugo" >&2
  CASES+=("nist-800-53:$(find "$WORK/nist/content/controls" -name '*.yaml' | wc -l):$WORK/nist")
fi
if [ "$CHECK" = 1 ]; then
  if python3 -c 'import yaml' 2>/dev/null; then
    for c in "${CASES[@]}"; do
      python3 bench/check_content.py "${c##*:}/content" >&2 || die "generated input ${c##*:}/content is not valid content"
    done
  else
    say "bench: python3 with PyYAML not available; skipping the input check"
  fi
fi

# --- timing -------------------------------------------------------------------------------
# time_once LABEL CMD...: runs CMD, appends "wall_seconds peak_rss_kb exit_code" to $TIMES/LABEL.
# A non-zero exit fails the measurement unless ALLOW_FAIL=1 (then it is timed and flagged).
TIMES=$OUT_ROOT/times
mkdir -p "$TIMES"
time_once() {
  local label=$1; shift
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$TIMES/rss.tmp" "$@" >"$TIMES/out.tmp" 2>&1 || rc=$?
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(grep -E '^[0-9]+$' "$TIMES/rss.tmp" | tail -1) $rc" \
    | awk '{printf "%.3f %d %d\n", $1/1000, $2, $3}' >>"$TIMES/$label"
  if [ "$rc" != 0 ]; then
    say "bench: '$*' exited with $rc; its first and last lines:"
    head -5 "$TIMES/out.tmp" >&2; say "  ..."; tail -2 "$TIMES/out.tmp" >&2
    [ "${ALLOW_FAIL:-0}" = 1 ] || return "$rc"
  fi
}

# runs_for LABEL: how many timed runs LABEL gets after its warm-up: RUNS, or fewer (at least 1)
# when the warm-up shows it would not fit in MAX_SECONDS_PER_CASE.
runs_for() {
  local warm runs
  warm=$(cut -d' ' -f1 "$TIMES/$1.warmup")
  runs=$(awk -v r="$RUNS" -v w="$warm" -v max="$MAX_SECONDS_PER_CASE" 'BEGIN { n = int(max / (w > 0.001 ? w : 0.001)); if (n < 1) n = 1; print (n < r ? n : r) }')
  [ "$runs" = "$RUNS" ] || say "bench: $1: warm-up took ${warm}s, timing $runs run(s) instead of $RUNS (MAX_SECONDS_PER_CASE=$MAX_SECONDS_PER_CASE)"
  echo "$runs"
}

# measure LABEL CLEAN_DIR CMD...: one warm-up and the timed runs, CLEAN_DIR removed before each.
measure() {
  local label=$1 clean=$2; shift 2
  local runs
  rm -f "$TIMES/$label" "$TIMES/$label.warmup"
  rm -rf "$clean"; time_once "$label.warmup" "$@" || return 1
  runs=$(runs_for "$label")
  for _ in $(seq "$runs"); do
    rm -rf "$clean"; sync
    time_once "$label" "$@" || return 1
  done
}

# compare KEY: Hugo and our build (HUGO_CMD, OURS_CMD) timed in alternation: a warm-up of each,
# then rounds of one Hugo run and one of ours. This machine's speed drifts by 30% over minutes;
# alternating puts both tools in the same minutes, so the ratio holds when the absolute times move.
# Sets OURS_FAILED=1 if our build fails (Hugo failing stops the benchmark).
compare() {
  local key=$1 runs_hugo runs_ours=0 r
  OURS_FAILED=0
  rm -f "$TIMES/$key.hugo" "$TIMES/$key.hugo.warmup" "$TIMES/$key.ours" "$TIMES/$key.ours.warmup"
  rm -rf "$OUT_ROOT/hugo"; time_once "$key.hugo.warmup" "${HUGO_CMD[@]}" || die "Hugo failed on ${HUGO_CMD[*]}"
  runs_hugo=$(runs_for "$key.hugo")
  if [ "$HAVE_OURS" = 1 ]; then
    if rm -rf "$OUT_ROOT/ours" && time_once "$key.ours.warmup" "${OURS_CMD[@]}"; then
      runs_ours=$(runs_for "$key.ours")
    else
      OURS_FAILED=1
    fi
  fi
  for r in $(seq "$(( runs_hugo > runs_ours ? runs_hugo : runs_ours ))"); do
    if [ "$r" -le "$runs_hugo" ]; then
      rm -rf "$OUT_ROOT/hugo"; sync
      time_once "$key.hugo" "${HUGO_CMD[@]}" || die "Hugo failed on ${HUGO_CMD[*]}"
    fi
    if [ "$r" -le "$runs_ours" ] && [ "$OURS_FAILED" = 0 ]; then
      rm -rf "$OUT_ROOT/ours"; sync
      time_once "$key.ours" "${OURS_CMD[@]}" || OURS_FAILED=1
    fi
  done
}

# stats FILE COLUMN: "median min max" of a column.
stats() {
  sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {m = NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%s %s %s\n", m, v[1], v[NR]}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a/b }'; }

declare -A OURS HUGO OURS_MB HUGO_MB FLOOR SITE_NOTE OURS_FLAG
for c in "${CASES[@]}"; do
  name=${c%%:*}; rest=${c#*:}; n=${rest%%:*}; dir=${rest#*:}
  key="$name-$n"
  content=$dir/content
  say "bench: $key: Hugo and bulwark build, alternating"
  HUGO_CMD=(hugo --quiet --ignoreCache -s "$dir/hugo" -d "$OUT_ROOT/hugo")
  # shellcheck disable=SC2206
  OURS_CMD=(java $BULWARK_JAVA_OPTS -jar "$JAR" build --content "$content" --out "$OUT_ROOT/ours")
  compare "$key"
  read -r hm hmin hmax < <(stats "$TIMES/$key.hugo" 1)
  HUGO[$key]="$hm $hmin $hmax"
  HUGO_MB[$key]=$(stats "$TIMES/$key.hugo" 2 | awk '{printf "%.0f", $1/1024}')
  floor_src=$OUT_ROOT/hugo
  SITE_NOTE[$key]="(floor writes Hugo's output size: no bulwark jar)"
  if [ "$HAVE_OURS" = 1 ]; then
    if [ "$OURS_FAILED" = 0 ]; then
      read -r om omin omax < <(stats "$TIMES/$key.ours" 1)
      OURS[$key]="$om $omin $omax"
      done_runs=$(wc -l <"$TIMES/$key.ours"); failed_runs=$(awk '$3 != 0' "$TIMES/$key.ours" | wc -l)
      [ "$done_runs" = "$RUNS" ] || OURS_FLAG[$key]=" [$done_runs runs]"
      [ "$failed_runs" = 0 ] || OURS_FLAG[$key]="${OURS_FLAG[$key]:-} (exit≠0 in $failed_runs/$done_runs)"
      OURS_MB[$key]=$(stats "$TIMES/$key.ours" 2 | awk '{printf "%.0f", $1/1024}')
      if [ -d "$OUT_ROOT/ours" ]; then
        floor_src=$OUT_ROOT/ours
        SITE_NOTE[$key]=$(cd "$OUT_ROOT/ours" && {
          bytes=$(du -sb . | cut -f1); files=$(find . -type f | wc -l)
          big=$(find . -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
          big_other=$(find . -name '*.html' ! -path './controls/index.html' ! -path './baseline/index.html' ! -path './print/*' -printf '%s %P\n' | sort -n | tail -1)
          echo "our site $(awk -v b="$bytes" 'BEGIN{printf "%.1f MB", b/1048576}') in $files files; largest page ${big#* } ($(awk -v b="${big%% *}" 'BEGIN{printf "%.0f KB", b/1024}')); largest other than catalogue, checklist and print document ${big_other#* } ($(awk -v b="${big_other%% *}" 'BEGIN{printf "%.0f KB", b/1024}'))"
        })
      else
        SITE_NOTE[$key]="our build wrote no site (failed); the floor writes Hugo's output size"
      fi
    else
      OURS[$key]="failed"
    fi
  fi
  say "bench: $key: floor"
  rm -rf "$OUT_ROOT/floor-src"; cp -r "$floor_src" "$OUT_ROOT/floor-src"
  measure "$key.floor" "$OUT_ROOT/floor" sh -c 'find "$1" -type f -exec cat {} + >/dev/null && cp -r "$2" "$3"' floor \
    "$content" "$OUT_ROOT/floor-src" "$OUT_ROOT/floor"
  FLOOR[$key]=$(stats "$TIMES/$key.floor" 1 | cut -d' ' -f1)
  in_bytes=$(du -sb "$content" | cut -f1); in_files=$(find "$content" -type f | wc -l)
  SITE_NOTE[$key]="input $(awk -v b="$in_bytes" 'BEGIN{printf "%.1f MB", b/1048576}') in $in_files files; ${SITE_NOTE[$key]}"
  rm -rf "$OUT_ROOT/floor-src" "$OUT_ROOT/floor" "$OUT_ROOT/hugo"
done

# --- report -------------------------------------------------------------------------------
fmt_run() { # "median min max" -> "1.23 (1.20–1.30)"
  [ -z "$1" ] && { echo "—"; return; }
  [ "$1" = failed ] && { echo "build failed"; return; }
  echo "$1" | awk '{printf "%.2f (%.2f–%.2f)", $1, $2, $3}'
}
first() { echo "${1%% *}"; }
{
  echo "| case | N | ours median (min–max) s | Hugo median (min–max) s | ours/Hugo | ours peak MB | Hugo peak MB | mem ratio | floor s | ours/floor |"
  echo "|---|---:|---|---|---:|---:|---:|---:|---:|---:|"
  for c in "${CASES[@]}"; do
    name=${c%%:*}; rest=${c#*:}; n=${rest%%:*}; key="$name-$n"
    o=${OURS[$key]:-}; h=${HUGO[$key]}
    om=""; [ -n "$o" ] && [ "$o" != failed ] && om=$(first "$o")
    echo "| $name | $n | $(fmt_run "$o")${OURS_FLAG[$key]:-} | $(fmt_run "$h") | $(ratio "$om" "$(first "$h")") | ${OURS_MB[$key]:-—} | ${HUGO_MB[$key]} | $(ratio "${OURS_MB[$key]:-}" "${HUGO_MB[$key]}") | $(printf '%.3f' "${FLOOR[$key]}") | $(ratio "$om" "${FLOOR[$key]}") |"
  done
  echo
  small=$(echo "$SIZES" | awk '{print $1}'); large=$(echo "$SIZES" | awk '{print $NF}')
  if [ "$small" != "$large" ]; then
    o1=${OURS[synthetic-$small]:-}; o2=${OURS[synthetic-$large]:-}
    [ "$o1" = failed ] && o1=""; [ "$o2" = failed ] && o2=""
    echo "Growth time($large)/time($small): ours $(ratio "$(first "$o2")" "$(first "$o1")"), Hugo $(ratio "$(first "${HUGO[synthetic-$large]}")" "$(first "${HUGO[synthetic-$small]}")")"
    echo
  fi
  for c in "${CASES[@]}"; do
    name=${c%%:*}; rest=${c#*:}; n=${rest%%:*}; key="$name-$n"
    echo "- $key: ${SITE_NOTE[$key]}"
  done
  echo
  echo "Runs: $RUNS timed after 1 warm-up per tool and case; wall time by date(1), peak RSS by /usr/bin/time %M;" \
       "outputs under $( [[ $OUT_ROOT == /dev/shm/* ]] && echo "tmpfs (/dev/shm)" || echo "$OUT_ROOT" )."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load average $LOAD_START at start and $(cut -d' ' -f1 /proc/loadavg) at end;" \
       "$(java -version 2>&1 | head -1); $(hugo version | awk '{print $1, $2}')${BULWARK_JAVA_OPTS:+; BULWARK_JAVA_OPTS=$BULWARK_JAVA_OPTS}."
  echo "Command: bench/run.sh (RUNS=$RUNS SIZES=\"$SIZES\" NIST=$NIST SEED=$SEED SERVICES=$SERVICES); whole run $(( $(date +%s) - START )) s."
} >"$WORK/table.md"

{
  echo "# Benchmark results"
  echo
  echo "Latest run of \`bench/run.sh\`, $(date -u +%Y-%m-%d). What the numbers mean: bench/README.md."
  echo
  cat "$WORK/table.md"
} >"$ROOT/bench/results.md"
cat "$WORK/table.md"
