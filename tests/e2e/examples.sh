#!/bin/sh
# examples.sh — the example plugins of examples/plugins/, each used the way
# doc/plugins.md says: a configuration file whose plugin_dirs names the
# example's folder, a real run, check-plugin, and the example's own Lua
# test (tests/luatest).  Extraction results are only relied on where they
# are stable (a call between Putin and Erdoğan is found).
. "$top_srcdir/tests/e2e/tap.sh"
EXP="$top_srcdir/examples/plugins"
EX="$top_srcdir/examples/karabakh-2020"
LUATEST="$top_builddir/tests/luatest"
# No plugins from the developer's own ~/.local/share/callbrief/plugins.
XDG_DATA_HOME="$WORK/xdg-data"; export XDG_DATA_HOME
plan 19

config() {  # config NAME EXAMPLE [EXTRA LINES]: $WORK/NAME.lua
    printf 'plugin_dirs = { "%s" }\nformats = { "md", "json" }\n%s\n' "$EXP/$2" "${3:-}" > "$WORK/$1.lua"
}

# --- the examples' own Lua tests -------------------------------------------
for ex in jsonl-feed meetings email-summary; do
    ok "$ex: its Lua test passes (tests/luatest examples/plugins/$ex/test.lua)" \
       '"$LUATEST" "$EXP/$ex/test.lua"'
done

# --- jsonl-feed -------------------------------------------------------------
config feed jsonl-feed
run "$CALLBRIEF" plugins --config "$WORK/feed.lua"
ok "jsonl-feed: plugins lists jsonl-feed right before read and jsonl-feed-basis last" \
   'status_is 0 && grep -A1 "^source   jsonl-feed " "$WORK/.stdout" | tail -1 | grep -q "^source   read " &&
    grep "^source " "$WORK/.stdout" | tail -1 | grep -q "^source   jsonl-feed-basis .*90-jsonl-feed-basis.lua"'

TMPDIR="$WORK" run "$CALLBRIEF" check-plugin --config "$WORK/feed.lua" \
    "$EXP/jsonl-feed/source/50-jsonl-feed.lua" "$EXP/jsonl-feed/feed.jsonl"
ok "jsonl-feed: check-plugin exits 0 and prints one Document per line of the feed" \
   'status_is 0 && err_has "50-jsonl-feed.lua: plugin jsonl-feed (source), version 2.0.0: manifest ok" &&
    [ "$(grep -c "^{" "$WORK/.stdout")" -eq 4 ] && out_has "feed.jsonl#1\"" && out_has "feed.jsonl#4\"" &&
    [ "$(grep -c "\"published_basis\": \"feed\"" "$WORK/.stdout")" -eq 4 ] &&
    out_has "\"title\": \"Biden and Xi hold two-hour video call on Ukraine\"" && out_has "\"sentences\": ["'

mkdir -p "$WORK/feeds"
cp "$EXP/jsonl-feed/feed.jsonl" "$WORK/feeds/good.jsonl"
{ sed -n 1p "$EXP/jsonl-feed/feed.jsonl"; echo '{"title": "broken", "body": '; sed -n 2p "$EXP/jsonl-feed/feed.jsonl"; } \
    > "$WORK/bad.jsonl"
# -v: without a terminal, warnings are otherwise printed only when a run fails
run "$CALLBRIEF" extract -v --config "$WORK/feed.lua" "$WORK/bad.jsonl"
ok "jsonl-feed: a bad line is reported with its file:line and skipped, the others go on" \
   'status_is 0 && err_has "$WORK/bad.jsonl:2: warning: plugin jsonl-feed: line skipped: not valid JSON (column" &&
    [ "$(wc -l < "$WORK/.stdout")" -eq 2 ] && out_has "bad.jsonl#1\"" && out_has "bad.jsonl#3\"" && ! out_has "bad.jsonl#2\""'

run "$CALLBRIEF" --config "$WORK/feed.lua" -o "$WORK/feed-out" "$WORK/feeds"
F="$WORK/feed-out/briefing.json"
ok "jsonl-feed: briefing.json lists the feed's articles with their titles and dates" \
   'status_is 0 && grep -qF "\"file\": \"good.jsonl#1\"" "$F" && grep -qF "\"file\": \"good.jsonl#4\"" "$F" &&
    grep -qF "\"title\": \"Putin and Erdoğan discuss Karabakh fighting by phone\"" "$F" &&
    grep -qF "\"title\": \"Trump and Xi talk about the coronavirus outbreak\"" "$F" &&
    grep -qF "\"published\": \"2020-10-14\"" "$F" && grep -qF "\"published\": \"2020-03-27\"" "$F" &&
    [ "$(grep -c "\"published_basis\": \"feed\"" "$F")" -eq 4 ]'
ok "jsonl-feed: a call from the feed reaches the briefing (Putin and Erdoğan)" \
   'tr -d "\n " < "$F" | grep -q "\"participants\":\[\"RecepTayyipErdoğan\",\"VladimirPutin\"\]"'

run "$CALLBRIEF" --config "$WORK/feed.lua" -o "$WORK/mixed-out" "$WORK/feeds/good.jsonl" "$EX/docs/001_a374196c57635b37.txt"
ok "jsonl-feed: an article given beside a feed is in the briefing too" \
   'status_is 0 && grep -qF "001_a374196c57635b37.txt\"" "$WORK/mixed-out/briefing.json" &&
    grep -qF "good.jsonl#2\"" "$WORK/mixed-out/briefing.json"'

# --- meetings ---------------------------------------------------------------
config meet meetings
TMPDIR="$WORK" run "$CALLBRIEF" check-plugin --config "$WORK/meet.lua" \
    "$EXP/meetings/extract/60-meetings.lua" "$EXP/meetings/sochi-2018.md"
ok "meetings: check-plugin exits 0 and shows a meeting mention in person" \
   'status_is 0 && err_has "plugin meetings (extract), version 1.0.0: manifest ok" &&
    out_has "\"kind\": \"meeting\"" && out_has "\"medium\": \"in person\"" && out_has "\"place\": \"Sochi\"" &&
    out_has "sochi-2018.md#m1\""'

run "$CALLBRIEF" --config "$WORK/meet.lua" -o "$WORK/meet-out" "$EXP/meetings/sochi-2018.md"
# The call object of briefing.json whose medium is "in person", one line.
meeting() { tr -d '\n' < "$1" | sed 's/"by_side"/\n&/g' | grep '"medium": "in person"'; }
ok "meetings: the briefing lists the Sochi meeting of Putin and Erdoğan, medium in person" \
   'status_is 0 && meeting "$WORK/meet-out/briefing.json" | grep -q "Vladimir Putin" &&
    meeting "$WORK/meet-out/briefing.json" | grep -q "Erdoğan" &&
    meeting "$WORK/meet-out/briefing.json" | grep -q "\"date\": \"2018-09-17\"" &&
    file_has "$WORK/meet-out/briefing.md" "**Medium:** in person"'

run "$CALLBRIEF" --config "$WORK/meet.lua" -o "$WORK/nomeet-out" "$EX"
# The call object of briefing.json dated 2020-10-14, one line.
oct14() { tr -d '\n' < "$1" | sed 's/"by_side"/\n&/g' | grep '"date": "2020-10-14"'; }
ok "meetings: the worked example's phone calls stay phone calls" \
   'status_is 0 && oct14 "$WORK/nomeet-out/briefing.json" | grep -q "\"medium\": \"phone\"" &&
    oct14 "$WORK/nomeet-out/briefing.json" | grep -q "Vladimir Putin"'

DEV016="$top_srcdir/../shared/corpus/dev/docs/016-putin-erdogan-sochi-idlib-zone.txt"
if [ -f "$DEV016" ]; then
    run "$CALLBRIEF" --config "$WORK/meet.lua" -o "$WORK/dev-out" "$DEV016"
    ok "meetings: the dev corpus's Sochi article gives an in-person Putin–Erdoğan contact" \
       'status_is 0 && meeting "$WORK/dev-out/briefing.json" | grep -q "Vladimir Putin"'
else
    TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP ../shared/corpus/dev not present"
fi

run "$CALLBRIEF" plugins --config "$WORK/meet.lua"
ok "meetings: one name for both stages, so disable = { \"meetings\" } turns the example off" \
   'status_is 0 && grep -q "^extract  meetings " "$WORK/.stdout" && grep -q "^link     meetings " "$WORK/.stdout"'

# --- email-summary ----------------------------------------------------------
config mail email-summary
run "$CALLBRIEF" --config "$WORK/mail.lua" --title "Karabakh calls" -o "$WORK/mail-out" "$EX"
J="$WORK/mail-out/briefing.json"
S="$WORK/mail-out/summary.txt"
C="$WORK/mail-out/calls.csv"
ncalls=$(grep -c '"date_basis"' "$J")
call_lines() { awk '/^$/ { n++; next } n == 1' "$S"; }   # between the first two blank lines
nwarn=$(grep -c '"level":' "$J")
ok "email-summary: summary.txt has the title, the period and one line per call" \
   'status_is 0 && [ "$(sed -n 1p "$S")" = "Karabakh calls" ] && sed -n 2p "$S" | grep -q "^Period: 2020-10-" &&
    [ "$(call_lines | wc -l)" -eq "$ncalls" ] &&
    call_lines | grep -q "^2020-10-14  .*Erdo.*, Vladimir Putin: held, phone, [0-9]* sources*$"'
ok "email-summary: summary.txt counts the warnings of briefing.json" \
   'if [ "$nwarn" -eq 0 ]; then [ "$(tail -1 "$S")" = "Warnings: none" ]; else [ "$(tail -1 "$S")" = "Warnings: $nwarn (listed at the end of the briefing)" ]; fi'
ok "email-summary: calls.csv has the header, one CRLF row per call" \
   '[ "$(head -1 "$C")" = "$(printf "date,participants,status,medium,initiator,sources\r")" ] &&
    [ "$(wc -l < "$C")" -eq $((ncalls + 1)) ] && [ "$(grep -c "$(printf "\r")\$" "$C")" -eq $((ncalls + 1)) ] &&
    grep -q "^2020-10-14,[^,]*Erdo[^,]*; Vladimir Putin,held,phone,[^,]*,[0-9]*" "$C"'

# A compare plugin of the test's own renames a participant so the CSV must
# quote: a comma and double quotes in one name.
mkdir -p "$WORK/rename/compare"
cat > "$WORK/rename/compare/rename.lua" <<'LUA'
return { name = "rename", stage = "compare", version = "0.1", api = 1,
  run = function(b) b.calls[1].participants[1] = 'Smith, John "Jack"' end }
LUA
printf 'plugin_dirs = { "%s", "%s" }\nformats = { "json" }\n' "$EXP/email-summary" "$WORK/rename" > "$WORK/mail2.lua"
run "$CALLBRIEF" --config "$WORK/mail2.lua" -o "$WORK/mail2-out" "$EX"
ok "email-summary: a name with a comma and quotes is quoted as RFC 4180 says" \
   'status_is 0 && sed -n 2p "$WORK/mail2-out/calls.csv" | grep -qF ",\"Smith, John \"\"Jack\"\"; " &&
    grep -qF "Smith, John \"Jack\", " "$WORK/mail2-out/summary.txt"'

TMPDIR="$WORK" run "$CALLBRIEF" check-plugin --config "$WORK/mail.lua" "$EXP/email-summary/render/40-email-summary.lua"
dir=$(sed -n 's/^wrote [0-9]* files* in //p' "$WORK/.stdout")
ok "email-summary: check-plugin exits 0 and writes summary.txt and calls.csv into a new directory" \
   'status_is 0 && err_has "plugin email-summary (render), version 1.0.0: manifest ok" &&
    [ -n "$dir" ] && [ -s "$dir/summary.txt" ] && [ -s "$dir/calls.csv" ]'
finish
