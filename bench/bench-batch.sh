#!/bin/sh
# bench-batch.sh — the batch benchmark (make bench): N generated articles;
# source+extract throughput at -j1 and -j2, a whole run (md+json+pdf) with
# its peak RSS, and a re-run after adding 100 new articles.  Prints figures;
# never asserts them (they are for notes, not tests).
#   bench-batch.sh CALLBRIEF SRCDIR OUTDIR N SEED
set -u
CB=$1 SRC=$2 OUT=$3 N=$4 SEED=$5
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
rm -rf "$OUT" && mkdir -p "$OUT"
# the gazetteer's index kept between runs in a cache of the benchmark's
# own (not ~/.cache), warmed before the first figure as an operator's is
export CALLBRIEF_CACHE_DIR="$OUT/cache"
lua5.4 "$SRC/bench/gen-articles" -n "$N" -s "$SEED" "$OUT/articles" >/dev/null || exit 1
lua5.4 "$SRC/bench/gen-articles" -n 100 -s $((SEED + 1000)) -y 2023 "$OUT/new" >/dev/null || exit 1

TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: /usr/bin/time is missing (apt-get install time)"; exit 0; }

measure() {   # measure LABEL CMD... : prints seconds, CPU seconds and peak RSS
    label=$1; shift
    "$TIME" -f "%e %M %U %S" -o "$OUT/.t" "$@" >/dev/null 2>"$OUT/.err"
    rc=$?
    set -- $(tail -1 "$OUT/.t")
    # (CPU time as well: on a machine shared with other work the wall
    # clock moves more than it does)
    printf '%-34s %8.2f s  %7d MB  %6.2f s CPU  (exit %d)\n' "$label" "$1" $(($2 / 1024)) \
        "$(awk -v u="$3" -v s="$4" 'BEGIN { print u + s }')" "$rc"
    echo "$1" > "$OUT/.secs"
}
stages() {    # the -v stage timings of the last measured run
    grep -E '^callbrief: (reading and extracting|link|compare|render): ' "$OUT/.err" | sed 's/^callbrief: /    /'
}
rate() { awk -v n="$1" -v s="$(cat "$OUT/.secs")" 'BEGIN { if (s > 0) printf "%36s %8.0f docs/s\n", "", n / s }'; }

echo "callbrief batch benchmark: $N articles (seed $SEED), $(nproc) cores"
# The same machine runs a third slower or faster from one day to the next
# (a shared host): a fixed piece of plain Lua work, timed first, lets
# figures of different days be compared (bench/README.md).
measure "machine reference (lua5.4)" lua5.4 -e '
  local t, s = {}, 0
  for i = 1, 300000 do t[i] = tostring(i * 7) end
  for _ = 1, 8 do for i = 1, #t do s = s + #t[i]:gsub("7", "") end end'
"$CB" extract "$OUT/new" >/dev/null 2>&1
measure "source+extract, -j1" "$CB" extract -j 1 "$OUT/articles"; rate "$N"
measure "source+extract, -j2" "$CB" extract -j 2 "$OUT/articles"; rate "$N"
measure "whole run md+json+pdf, -j2" "$CB" -v -j 2 -o "$OUT/brief" "$OUT/articles"
full=$(cat "$OUT/.secs")
stages
ls -l "$OUT/brief/briefing.pdf" | awk '{ printf "%-34s %8d bytes\n", "briefing.pdf", $5 }'
cp -r "$OUT/new" "$OUT/articles/new"
SOURCE_DATE_EPOCH=$((SOURCE_DATE_EPOCH + 604800)) \
measure "re-run with 100 new, -j2" "$CB" -v -j 2 -o "$OUT/brief" "$OUT/articles"
stages
awk -v a="$(cat "$OUT/.secs")" -v b="$full" 'BEGIN { printf "%36s %8.0f %% of the whole run\n", "", 100 * a / b }'
SOURCE_DATE_EPOCH=$((SOURCE_DATE_EPOCH + 2 * 604800)) \
measure "one week of it (--since/--until), -j2" "$CB" -v -j 2 --since 2022-06-01 --until 2022-06-07 -o "$OUT/brief" "$OUT/articles"
stages
awk -v a="$(cat "$OUT/.secs")" -v b="$full" 'BEGIN { printf "%36s %8.0f %% of the whole run\n", "", 100 * a / b }'
SOURCE_DATE_EPOCH=$((SOURCE_DATE_EPOCH + 3 * 604800)) \
measure "the same week, --no-cache" "$CB" -v -j 2 --no-cache --since 2022-06-01 --until 2022-06-07 -o "$OUT/brief" "$OUT/articles"
