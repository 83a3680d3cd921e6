#!/usr/bin/env bash
# Comment benchmarks (bench/comments.sh), about 2 minutes plus a build when the sources changed:
#  (a) JMH: render the first page of an article with 10,000 comments, uncached (bench/jmh, CommentPageBenchmark);
#  (b) wrk: post comments through the no-JavaScript form for DURATION (default 20 s) at -t2 -c32 against a
#      server with the demo content on a fresh SQLite file, after WARMUP (default 30 s) of the same load so the
#      JIT has compiled the path, then check that every comment acknowledged in the measured run is stored.
# Settings given to the server for (b), as environment variables:
#   MASTHEAD_DATA_DIR                          a fresh temporary folder (deleted afterwards)
#   MASTHEAD_COMMENTS_PER_ADDRESS_PER_MINUTE=0  all requests come from 127.0.0.1: no per-address limit, or nearly
#                                              every request would get 429 (a huge limit instead would still count
#                                              every comment of the last minute from 127.0.0.1 on each post)
#   (each request has its own email, so the per-email limit stays at its default)
# Options (environment): PORT (18190), DURATION (15s), WARMUP (10s), THREADS (2), CONNECTIONS (32), SKIP_JMH=1,
# SKIP_WRK=1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${PORT:-18190}
DURATION=${DURATION:-20s}
# The JIT compiles some 10,000 methods under this load; PrintCompilation showed it busy for 30 to 60 s on a loaded
# machine, a quarter of the server's CPU meanwhile. The rate asked for is the sustained one, so warm up for 30 s.
WARMUP=${WARMUP:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}

java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for dir in /usr/lib/jvm/*/; do candidates+=("${dir}bin/java"); done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    local v; v=$(java_version "$candidate")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
java=$(find_java) || { echo "comments.sh: no Java 21 or newer found" >&2; exit 1; }
command -v wrk >/dev/null || { echo "comments.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

if [ ! -f target/masthead.jar ] || [ -n "$(find src/main pom.xml -newer target/masthead.jar -print -quit)" ]; then
  echo "building target/masthead.jar ..." >&2
  ./mvnw -B -q -DskipTests package >&2
fi
if [ ! -f bench/jmh/target/classpath.txt ] || [ -n "$(find bench/jmh/src bench/jmh/pom.xml target/masthead.jar -newer bench/jmh/target/classpath.txt -print -quit)" ]; then
  echo "building bench/jmh ..." >&2
  ./mvnw -B -q -f bench/jmh/pom.xml package >&2
fi

# From here on the run is bounded: 3 minutes at most (a normal run takes about 1.5 to 2), whatever hangs.
if [ -z "${COMMENTS_SH_BOUNDED:-}" ]; then COMMENTS_SH_BOUNDED=1 exec timeout 180 "$0" "$@"; fi
trap 'exit 1' TERM INT

# Counting rows: the sqlite3 command if there is one, else a tiny program with the driver from the jar.
query() {
  if command -v sqlite3 >/dev/null; then sqlite3 "$1" "$2"; else "$java" --enable-native-access=ALL-UNNAMED -cp target/masthead.jar bench/SqliteQuery.java "$1" "$2"; fi
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')   machine: $(nproc) cores   load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${SKIP_JMH:-}" != 1 ]; then
  echo "== (a) first page of an article with 10,000 comments, uncached (JMH: 3 warm-up + 5 measured 1 s iterations, 1 fork)"
  timeout 60 "$java" --enable-native-access=ALL-UNNAMED -cp "bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)" \
    org.openjdk.jmh.Main CommentPageBenchmark -wi 3 -i 5 -w 1s -r 1s -f 1 \
    -jvmArgsAppend "--enable-native-access=ALL-UNNAMED -Xmx512m" > /tmp/masthead-jmh.$$ 2>&1 \
    || { tail -30 /tmp/masthead-jmh.$$; exit 1; }
  grep -E "comments on the first page|CPU time per render" /tmp/masthead-jmh.$$ | head -2
  result=$(grep -E "^CommentPageBenchmark.firstPageUncached" /tmp/masthead-jmh.$$)
  echo "$result"
  echo "render: $(echo "$result" | awk '{print $(NF-3), $(NF-2), $(NF-1), $NF}')   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f /tmp/masthead-jmh.$$
fi

if [ "${SKIP_WRK:-}" != 1 ]; then
  echo "== (b) posting comments over HTTP: wrk -t$THREADS -c$CONNECTIONS -d$DURATION after $WARMUP warm-up, SQLite, demo content"
  data=$(mktemp -d /tmp/masthead-bench-XXXXXX)
  log="$data/server.log"
  : > "$log"
  MASTHEAD_DATA_DIR="$data" MASTHEAD_COMMENTS_PER_ADDRESS_PER_MINUTE=0 \
    ./masthead serve --demo --port "$PORT" > "$log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
  for _ in $(seq 1 60); do
    grep -q "Masthead is ready" "$log" && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
  grep -q "Masthead is ready" "$log" || { echo "server did not start in 60 s"; tail "$log"; exit 1; }
  db="$data/masthead.db"
  articles=$(query "$db" "SELECT id FROM articles WHERE slug IN ('a-century-of-public-broadcasting',
    'port-cranes-automation-talks-stall', 'review-the-salt-ledger') ORDER BY id" | tr '\n' ' ')
  origin="http://127.0.0.1:$PORT"
  timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/post-comment.lua "$origin" -- "$origin" $articles > /dev/null
  sleep 1 # let the warm-up's last requests commit
  before=$(query "$db" "SELECT count(*) FROM comments")
  # The server's own CPU time (user + system, in clock ticks) around the measured run: on a busy machine the rate
  # depends on what else runs, the CPU spent per comment much less.
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
  cpu_before=$(cpu_ticks)
  out=$(timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post-comment.lua "$origin" -- "$origin" $articles)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "$out" | grep -E "Latency|50%|99%|Requests/sec" | sed 's/^/  /'
  line=$(echo "$out" | grep -E "^acknowledged=")
  acknowledged=$(echo "$line" | sed 's/.*acknowledged=\([0-9]*\).*/\1/')
  other=$(echo "$line" | sed 's/.*other=\([0-9]*\).*/\1/')
  seconds=$(echo "$line" | sed 's/.*seconds=\([0-9.]*\).*/\1/')
  sleep 1 # requests still in flight when wrk stopped may commit after it stopped counting
  cpu_after=$(cpu_ticks)
  stored=$(( $(query "$db" "SELECT count(*) FROM comments") - before ))
  rate=$(awk -v n="$acknowledged" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
  echo "comments/s: $rate   acknowledged (303 to the comment): $acknowledged   other answers: $other   stored: $stored   load: $load"
  awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$stored" 'BEGIN {
    if (n > 0) printf "server CPU per comment: %.2f ms (user + system, all its threads)\n", t * 1000 / hz / n }'
  # Nothing acknowledged may be lost. Requests in flight when wrk stops (at most one per connection) can be
  # stored without wrk counting their answer, so stored may exceed acknowledged by up to the connections.
  if [ "$stored" -lt "$acknowledged" ] || [ "$stored" -gt $(( acknowledged + CONNECTIONS )) ]; then
    echo "FAIL: $acknowledged comments acknowledged but $stored stored"; exit 1
  fi
  echo "OK: every acknowledged comment is stored ($(( stored - acknowledged )) more stored whose answer wrk did not wait for)"
fi
