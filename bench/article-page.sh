#!/usr/bin/env bash
# Article page: Masthead against nginx serving the very same bytes as a static file.
#
# One bounded run on loopback (about 80 s with the default DURATION=10s): builds the jar if needed, starts
# Masthead twice on a fresh demo database (the first start creates the demo and is not timed; the second
# start, on the existing database, is the start-up time), saves one article page (plain and gzip) into a
# temporary docroot served by nginx, warms both, then runs wrk -t2 -c64 against both, plain and gzip,
# and prints requests/s, p50, p99, the ratio to nginx, Masthead's resident memory and its start-up time.
#
#   bench/article-page.sh                  # DURATION=10s per measured run
#   DURATION=5s WARMUP=3s bench/article-page.sh
#   ROUNDS=3 bench/article-page.sh         # medians of three rounds, for a machine with other work on it
#
# Installs nothing: needs wrk, nginx, curl, gzip and setpriv (apt-get install wrk nginx-light curl gzip util-linux).
set -euo pipefail

DURATION=${DURATION:-10s}   # each measured wrk run (four per round)
ROUNDS=${ROUNDS:-1}         # repeat the four runs; the table shows medians (ROUNDS=3 takes about 2.5 min)
WARMUP=${WARMUP:-6s}        # Masthead warm-up per encoding, so C2 has compiled the hot path; nginx gets 1s
THREADS=2
CONNECTIONS=64
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "article-page: ROUNDS must be a whole number from 1" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

say() { printf '%s\n' "$*" >&2; }
die() { say "article-page: $*"; exit 1; }

missing=()
for tool in wrk nginx curl gzip setpriv; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "article-page: missing ${missing[*]}. Install them with:"
  say "  sudo apt-get install -y wrk nginx-light curl gzip util-linux"
  exit 2
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

seconds() { # wrk duration (10s, 2m, 500ms) -> whole seconds, for timeouts
  case "$1" in
    *ms) echo 1 ;; *s) echo "${1%s}" ;; *m) echo $(( ${1%m} * 60 )) ;; *h) echo $(( ${1%h} * 3600 )) ;; *) echo "$1" ;;
  esac
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

free_port() { # a loopback port nobody listens on
  local port
  for _ in $(seq 100); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free port found"
}

# --- build --------------------------------------------------------------------------------------------------
jar="$here/target/masthead.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  say "building target/masthead.jar ..."
  ./mvnw -B -q -DskipTests package >&2
fi

# --- clean-up -----------------------------------------------------------------------------------------------
work=$(mktemp -d /tmp/masthead-bench.XXXXXX)
masthead_pid=""
nginx_pid=""
stop_pid() { # stop one process we started, by its id: TERM, then KILL after 5 s
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$masthead_pid"
  stop_pid "$nginx_pid"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Masthead -----------------------------------------------------------------------------------------------
mport=$(free_port)
start_masthead() { # starts ./masthead serve --demo; sets masthead_pid (the launcher execs java: same pid)
  MASTHEAD_DATA_DIR="$work/data" ./masthead serve --demo --port "$mport" >>"$work/masthead.log" 2>&1 &
  masthead_pid=$!
}
wait_ready() { # waits for a 200 on / ; prints milliseconds since $1
  local started=$1 limit=$2
  while :; do
    if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$mport/"; then echo $(( $(now_ms) - started )); return 0; fi
    kill -0 "$masthead_pid" 2>/dev/null || { cat "$work/masthead.log" >&2; die "Masthead exited"; }
    [ $(( $(now_ms) - started )) -lt $(( limit * 1000 )) ] || { cat "$work/masthead.log" >&2; die "Masthead not ready in ${limit}s"; }
    sleep 0.01
  done
}

say "starting Masthead on port $mport (first start loads the demo newsroom; not timed) ..."
t0=$(now_ms); start_masthead
first_ms=$(wait_ready "$t0" 180) # may include preparing the start-up cache after a build
stop_pid "$masthead_pid"; masthead_pid=""
say "  first start (with demo loading): ${first_ms} ms"

load_at_start=$(load)
t0=$(now_ms); start_masthead
startup_ms=$(wait_ready "$t0" 30)
say "  start-up on the existing database: ${startup_ms} ms (load $load_at_start)"

home=$(curl -fs "http://127.0.0.1:$mport/")
article=$(grep -oE 'href="/[0-9]{4}/[0-9]{2}/[0-9]{2}/[a-z0-9-]+/"' <<<"$home" | head -1 | cut -d'"' -f2)
[ -n "$article" ] || die "no article link on the home page"
masthead_url="http://127.0.0.1:$mport$article"

# --- the same bytes, served by nginx ------------------------------------------------------------------------
docroot="$work/www"
mkdir -p "$docroot" "$work/nginx/logs" "$work/nginx/tmp"
curl -fs -o "$docroot/article.html" "$masthead_url"
curl -fs -H 'Accept-Encoding: gzip' -D "$work/gzip.headers" -o "$docroot/article.html.gz" "$masthead_url"
grep -qi '^content-encoding: gzip' "$work/gzip.headers" || die "Masthead sent no gzip for Accept-Encoding: gzip"
gzip -dc "$docroot/article.html.gz" | cmp -s - "$docroot/article.html" || die "gzip and plain bodies differ"
touch -r "$docroot/article.html" "$docroot/article.html.gz" # gzip_static wants matching times
plain_bytes=$(stat -c %s "$docroot/article.html")
gzip_bytes=$(stat -c %s "$docroot/article.html.gz")

# nginx as Debian configures it (worker_processes auto, sendfile, tcp_nopush, other settings at their defaults)
# plus what the comparison needs: gzip_static for the .gz variant, and no access log, as Masthead logs no requests.
nport=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  types { text/html html; }
  default_type application/octet-stream;
  charset utf-8;
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$nport;
    root $docroot;
    gzip off;
    gzip_static on;
    gzip_vary on;
  }
}
EOF
run_nginx=("$nginx_bin" -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf")
if [ "$(id -u)" = 0 ]; then # never run nginx as root: drop to nobody for the whole process tree
  chmod -R a+rX "$work"; chown -R nobody "$work/nginx"
  run_nginx=(setpriv --reuid=nobody --regid=nogroup --clear-groups -- "${run_nginx[@]}")
fi
"${run_nginx[@]}" >"$work/nginx/logs/stdout.log" 2>&1 &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nport/article.html"
for _ in $(seq 100); do curl -fs -o /dev/null "$nginx_url" && break; sleep 0.05; done
curl -fs -o /dev/null "$nginx_url" || { cat "$work/nginx/logs/"* >&2; die "nginx did not start"; }
curl -fs -H 'Accept-Encoding: gzip' -o "$work/nginx.gz" "$nginx_url"
cmp -s "$work/nginx.gz" "$docroot/article.html.gz" || die "nginx does not serve the pre-compressed bytes"

# --- load ---------------------------------------------------------------------------------------------------
# wrk -d is the length; timeout bounds a stuck run. Prints: req/s p50_ms p99_ms errors load1
run_wrk() { # run_wrk DURATION URL [header]
  local duration=$1 url=$2 out; shift 2
  local extra=(); [ $# -gt 0 ] && extra=(-H "$1")
  out=$(timeout $(( $(seconds "$duration") + 20 )) \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 5s --latency "${extra[@]}" "$url") \
    || die "wrk failed or timed out against $url"
  awk -v load1="$(cut -d' ' -f1 /proc/loadavg)" '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d %s\n", rps, p50, p99, errors, load1 }' <<<"$out"
}

say "warming up (Masthead ${WARMUP} per encoding, nginx 1s) ..."
run_wrk "$WARMUP" "$masthead_url" >/dev/null
run_wrk "$WARMUP" "$masthead_url" 'Accept-Encoding: gzip' >/dev/null
run_wrk 1s "$nginx_url" >/dev/null
run_wrk 1s "$nginx_url" 'Accept-Encoding: gzip' >/dev/null

say "measuring, ${DURATION} each, $ROUNDS round(s): wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency ..."
# Each round measures Masthead and nginx back to back, so a ratio compares runs under the same outside load.
m_plain=(); n_plain=(); m_gzip=(); n_gzip=()
for (( r = 0; r < ROUNDS; r++ )); do
  m_plain+=("$(run_wrk "$DURATION" "$masthead_url")")
  n_plain+=("$(run_wrk "$DURATION" "$nginx_url")")
  m_gzip+=("$(run_wrk "$DURATION" "$masthead_url" 'Accept-Encoding: gzip')")
  n_gzip+=("$(run_wrk "$DURATION" "$nginx_url" 'Accept-Encoding: gzip')")
done

rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$masthead_pid/status")
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$masthead_pid/status")
jvm_flags=$(tr '\0' ' ' <"/proc/$masthead_pid/cmdline" | sed 's/^[^ ]* //; s/ -jar .*//; s|=[^ ]*/target/|=target/|g')
java_home=$(dirname "$(dirname "$(readlink -f "/proc/$masthead_pid/exe")")")
java_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$java_home/release" 2>/dev/null || true)

# --- report -------------------------------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { local n=$1; shift; printf '%s\n' "$@" | awk -v n="$n" '{ print $n }'; }
summary() { # the median of each column over the rounds ("rps p50 p99 errors load" lines); errors are summed
  printf '%.0f %.2f %.2f %d %.2f\n' "$(column 1 "$@" | median)" "$(column 2 "$@" | median)" \
    "$(column 3 "$@" | median)" "$(column 4 "$@" | awk '{ s += $1 } END { print s + 0 }')" "$(column 5 "$@" | median)"
}
ratios() { # per-round Masthead/nginx requests/s: masthead rows, then as many nginx rows
  local half=$(( $# / 2 )) i; local all=("$@")
  for (( i = 0; i < half; i++ )); do
    awk -v a="$(column 1 "${all[$i]}")" -v b="$(column 1 "${all[$(( i + half ))]}")" 'BEGIN { printf "%.2f\n", a / b }'
  done
}
row() { # row SERVER ENCODING "rps p50 p99 errors load" RATIO
  read -r rps p50 p99 errors load1 <<<"$3"
  printf '%-9s %-9s %10s %9s %9s %8s %7s %6s\n' "$1" "$2" "$rps" "$p50" "$p99" "$4" "$errors" "$load1"
}
plain_ratios=$(ratios "${m_plain[@]}" "${n_plain[@]}")
gzip_ratios=$(ratios "${m_gzip[@]}" "${n_gzip[@]}")
plain_ratio=$(median <<<"$plain_ratios" | xargs printf '%.2f')
gzip_ratio=$(median <<<"$gzip_ratios" | xargs printf '%.2f')

echo
echo "Article page $article ($plain_bytes bytes, $gzip_bytes gzip), wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, loopback"
echo "machine: $(nproc) cores, $(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory; Java $java_version; $("$nginx_bin" -v 2>&1 | sed 's/.*: //')"
[ "$ROUNDS" -gt 1 ] && echo "medians of $ROUNDS rounds; ratio = median of the per-round ratios (plain: $(echo $plain_ratios), gzip: $(echo $gzip_ratios))"
echo
printf '%-9s %-9s %10s %9s %9s %8s %7s %6s\n' server encoding "req/s" "p50 ms" "p99 ms" "vs nginx" errors load1
row masthead identity "$(summary "${m_plain[@]}")" "$plain_ratio"
row nginx    identity "$(summary "${n_plain[@]}")" "1.00"
row masthead gzip     "$(summary "${m_gzip[@]}")"  "$gzip_ratio"
row nginx    gzip     "$(summary "${n_gzip[@]}")"  "1.00"
echo
echo "Masthead resident memory after the load: $(( rss_kb / 1024 )) MB (peak $(( hwm_kb / 1024 )) MB)"
echo "Masthead start-up to the first 200 on / (existing database, jar built): ${startup_ms} ms (load at start $load_at_start)"
echo "JVM flags: $jvm_flags"
echo "load average now: $(load)"

verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "MISSED"; fi; }
echo
echo "targets: throughput >= 0.50 of nginx: plain $plain_ratio, gzip $gzip_ratio -> $(verdict "$(awk -v a="$plain_ratio" -v b="$gzip_ratio" 'BEGIN { print (a >= 0.5 && b >= 0.5) }')");" \
  "RSS <= 300 MB: $(verdict "$(( rss_kb <= 300 * 1024 ))");" \
  "start-up <= 3 s: $(verdict "$(( startup_ms <= 3000 ))")"
