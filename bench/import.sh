#!/usr/bin/env bash
# WordPress import benchmark (bench/import.sh): writes a WXR export of POSTS posts (10,000) and COMMENTS threaded
# comments (100,000) with bench/WxrGenerator.java, then imports it into a fresh SQLite file with the heap capped
# (HEAP, -Xmx512m) and prints the time. Target: at most 60 s. Set MASTHEAD_DATABASE_URL to measure PostgreSQL.
# Runs the import a second time (RERUN=0 skips it): the same file again must change nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
POSTS=${POSTS:-10000}
COMMENTS=${COMMENTS:-100000}
HEAP=${HEAP:-512m}
RERUN=${RERUN:-1}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The launcher finds the JDK and builds the jar; the generator runs on the same JDK as a single-file program.
MASTHEAD_AOT=off ./masthead --version >/dev/null
jdk=$(ls -d /usr/lib/jvm/*/ | while read -r d; do v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null); [ -n "$v" ] && [ "$v" -ge 21 ] && echo "$d" && break; done)
[ -n "${JAVA_HOME:-}" ] && jdk=$JAVA_HOME
"${jdk%/}/bin/java" bench/WxrGenerator.java "$work/export.xml" "$POSTS" "$COMMENTS"
echo "export: $(du -h "$work/export.xml" | cut -f1), $POSTS posts, $COMMENTS comments; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Prints wall time, CPU time (user + system) and peak resident memory from /usr/bin/time, and the peak heap in use:
# the largest heap before a collection in the GC log (the heap is never fuller than just before one), or at exit.
run() {
  local gclog="$work/gc-$2.log" stats="$work/time-$2.txt" peak
  MASTHEAD_AOT=off MASTHEAD_DATA_DIR="$work/data" \
    MASTHEAD_JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -Xlog:gc,gc+heap+exit:file=$gclog ${EXTRA_JAVA_OPTS:-}" \
    /usr/bin/time -f '%e %U %S %M' -o "$stats" ./masthead import wordpress "$work/export.xml" | tail -n 9
  peak=$(grep -oE '[0-9]+M->' "$gclog" | sed 's/M->//' | sort -n | tail -1)
  read -r wall user sys rss <"$stats"
  printf '%s: %.1f s wall, %.1f s CPU (user %.1f + sys %.1f), max RSS %d MB, peak heap used %s MB (-Xmx%s)\n' \
    "$1" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" $((rss / 1024)) "${peak:-?}" "$HEAP"
}
run "import" first
[ "$RERUN" = 1 ] && run "same file again" again
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
