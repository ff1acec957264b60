#!/bin/sh
# cache.sh — the gazetteer's index kept in a cache directory between runs
# (src/shared_disk.h): the same bytes cold, warm and without it; a
# damaged file rebuilt; a directory that cannot be used ignored; a
# person added to one people file seen on the next run; files 0600 in a
# 0700 directory, at most 8 of them.
. "$top_srcdir/tests/e2e/tap.sh"
plan 16
C="$WORK/cache"
DOCS=$(ls "$top_srcdir"/examples/*/docs/* | head -12)
unset CALLBRIEF_CACHE_DIR

run "$CALLBRIEF" extract --no-cache $DOCS
cp "$WORK/.stdout" "$WORK/none.jsonl"
run "$CALLBRIEF" extract -v -v --cache-dir "$C" $DOCS
ok "cold: written, the same bytes as without the cache" \
   'status_is 0 && err_has "cache: a value written" && cmp "$WORK/.stdout" "$WORK/none.jsonl"'
ok "files 0600 in a 0700 directory" \
   '[ "$(stat -c %a "$C")" = 700 ] && [ "$(ls "$C"/*.cbv | wc -l)" = 1 ] && [ "$(stat -c %a "$C"/*.cbv)" = 600 ]'
run "$CALLBRIEF" extract -v -v --cache-dir "$C" -j 2 $DOCS
ok "warm, -j 2: read, the same bytes" \
   'status_is 0 && err_has "cache: a value read" && ! err_has "written" && cmp "$WORK/.stdout" "$WORK/none.jsonl"'

F=$(ls "$C"/*.cbv)
SIZE=$(stat -c %s "$F")
head -c 100000 "$F" > "$WORK/short" && cat "$WORK/short" > "$F"
run "$CALLBRIEF" extract -v -v --cache-dir "$C" $DOCS
ok "a truncated file: rebuilt and replaced, the same bytes, exit 0" \
   'status_is 0 && err_has "damaged" && err_has "written" && cmp "$WORK/.stdout" "$WORK/none.jsonl" && [ "$(stat -c %s "$F")" = "$SIZE" ]'
printf 'XXXXXXXX' | dd of="$F" bs=1 seek=200000 conv=notrunc 2>/dev/null
run "$CALLBRIEF" extract -v -v --cache-dir "$C" $DOCS
ok "a file with bytes changed: rebuilt, the same bytes" \
   'status_is 0 && err_has "damaged" && cmp "$WORK/.stdout" "$WORK/none.jsonl"'
run "$CALLBRIEF" extract -v -v --cache-dir "$C" $DOCS
ok "and read again after" 'err_has "cache: a value read" && cmp "$WORK/.stdout" "$WORK/none.jsonl"'

: > "$WORK/plainfile"
run "$CALLBRIEF" extract --cache-dir "$WORK/plainfile/cache" $DOCS
ok "a directory that cannot be made: the run succeeds, the same bytes" \
   'status_is 0 && cmp "$WORK/.stdout" "$WORK/none.jsonl"'
mkdir -p "$WORK/open" && chmod 777 "$WORK/open"
run "$CALLBRIEF" extract --cache-dir "$WORK/open" $DOCS
ok "a directory others may write to is not used" \
   'status_is 0 && cmp "$WORK/.stdout" "$WORK/none.jsonl" && [ -z "$(ls -A "$WORK/open")" ]'

# two runs at once on a cold cache
rm -rf "$C"
"$CALLBRIEF" extract --cache-dir "$C" -j 2 $DOCS > "$WORK/p1" 2>&1 &
"$CALLBRIEF" extract --cache-dir "$C" $DOCS > "$WORK/p2" 2>&1
wait
ok "two runs at once: both the same bytes, no temporary left" \
   'cmp "$WORK/p1" "$WORK/none.jsonl" && cmp "$WORK/p2" "$WORK/none.jsonl" && [ -z "$(ls -A "$C" | grep -v "\.cbv$")" ]'

# pruning: at most 8 value files, the least recently used go
for i in 1 2 3 4 5 6 7 8 9; do
    : > "$C/old$i.cbv"; touch -d "2001-01-0$i" "$C/old$i.cbv"
done
touch -d "2000-01-01" "$C/.tmp-stale1"
rm -f "$F"
run "$CALLBRIEF" extract --cache-dir "$C" $DOCS
ok "at most 8 files kept, the new one among them, old temporaries gone" \
   '[ "$(ls "$C" | wc -l)" = 8 ] && [ -e "$C/old9.cbv" ] && [ ! -e "$C/old1.cbv" ] && [ ! -e "$C/.tmp-stale1" ]'

# never stale: a person added to one people file is seen on the next run
DD="$WORK/dd"
datadir_copy "$DD"
cat > "$WORK/in.txt" <<'TXT'
---
title: Lavrov and Testperson talk by phone
date: 2031-03-05
---

Russian Foreign Minister Sergei Lavrov spoke by telephone with Testperson on Monday, the Russian Foreign Ministry said.
TXT
CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" extract --cache-dir "$C" "$WORK/in.txt"
ok "a name the gazetteer lacks" 'status_is 0 && ! out_has "Jean-Baptiste Testperson"'
cat >> "$DD/data/gazetteer/people/fr.yaml" <<'YAML'

- name: Jean-Baptiste Testperson
  aliases: [Testperson]
  country: FR
  roles:
    - {role: foreign minister, from: 2031-01-01}
YAML
CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" extract -v -v --cache-dir "$C" "$WORK/in.txt"
ok "added to fr.yaml: rebuilt, found on the next run" \
   'status_is 0 && err_has "stale" && out_has "Jean-Baptiste Testperson"'
cp "$WORK/.stdout" "$WORK/warm-dd"
CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" extract --no-cache "$WORK/in.txt"
ok "the same bytes as without the cache" 'cmp "$WORK/.stdout" "$WORK/warm-dd"'
CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" extract -v -v --cache-dir "$C" "$top_srcdir/examples/karabakh-2020/docs/000_3a25ef9a9304f9a8.txt"
ok "the built-in data's file is still there beside it" \
   'status_is 0 && run "$CALLBRIEF" extract -v -v --cache-dir "$C" "$top_srcdir/examples/karabakh-2020/docs/000_3a25ef9a9304f9a8.txt" && err_has "cache: a value read"'

# where it goes by default, and how it is turned off
XDG_CACHE_HOME="$WORK/xdg" run "$CALLBRIEF" extract $DOCS
ok "\$XDG_CACHE_HOME/callbrief by default" \
   'status_is 0 && [ "$(ls "$WORK/xdg/callbrief"/*.cbv | wc -l)" = 1 ] && cmp "$WORK/.stdout" "$WORK/none.jsonl"'
printf 'cache = false\n' > "$WORK/off.lua"
XDG_CACHE_HOME="$WORK/xdg2" run "$CALLBRIEF" --config "$WORK/off.lua" extract $DOCS
ok "cache = false in the configuration: none written; --print-config shows it" \
   'status_is 0 && [ ! -e "$WORK/xdg2" ] && run "$CALLBRIEF" --config "$WORK/off.lua" --print-config && out_has "cache = false"'
finish
