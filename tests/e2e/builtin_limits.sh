#!/bin/sh
# builtin_limits.sh — the built-in plugins run without the instruction
# budget (no count hook) but under the time limit: the watchdog's nudge
# stops a built-in plugin that runs past it with the usual message, on the
# main thread and on a worker thread, and the run goes on without that
# document.  A plugin from plugin_dirs keeps the exact instruction budget.
. "$top_srcdir/tests/e2e/tap.sh"
plan 7

DD="$WORK/datadir"
datadir_copy "$DD"
# a built-in that loops on one document, catching its own errors
cat > "$DD/plugins/extract/95-spin.lua" <<'LUA'
return {
  name = "spin", stage = "extract", version = "0.1", api = 1,
  run = function(x, ctx)
    if x.document.text:find("Macron", 1, true) then
      while true do pcall(function() while true do end end) end
    end
  end,
}
LUA
# a built-in that works hard on one document (about 30 million
# instructions) and ends
cat > "$DD/plugins/extract/96-busy.lua" <<'LUA'
return {
  name = "busy", stage = "extract", version = "0.1", api = 1,
  run = function(x, ctx)
    if not x.document.text:find("Macron", 1, true) then return end
    local n = 0
    for i = 1, 10000000 do n = n + i % 7 end
    x.busy = n
  end,
}
LUA
# Six seconds: in the sanitizer build, on a loaded machine, a worker's
# first call of people (which indexes the gazetteer of 4,655 people) took
# over three (session 22, CI beside two evaluations).
printf 'limits = { seconds = 6, instructions = 1000000 }\ndisable = { "busy" }\n' > "$WORK/spin.lua"
EX="$top_srcdir/examples/karabakh-2020"

CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" --config "$WORK/spin.lua" -f json -o "$WORK/out1" "$EX"
MSG="plugin spin: (extract) failed on"
TIME="time limit exceeded (6 seconds for one call; raise limits.seconds or mark the plugin trusted)"
ok "a looping built-in plugin is stopped at the time limit, named (status 4)" \
   'status_is 4 && err_has "plugins/extract/95-spin.lua:" && err_has "$MSG" && err_has "$TIME"'
ok "the run goes on: the briefing is written without that document" \
   'grep -q "\"file\": \"docs/001_a374196c57635b37.txt\"" "$WORK/out1/briefing.json" &&
    ! grep -q "\"file\": \"docs/003_a05659aaa7e80c9a.txt\"" "$WORK/out1/briefing.json"'

CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" --config "$WORK/spin.lua" -j 2 -f json -o "$WORK/out2" "$EX"
ok "so is one on a worker thread (-j 2)" \
   'status_is 4 && err_has "$MSG" && err_has "$TIME" && cmp "$WORK/out1/briefing.json" "$WORK/out2/briefing.json"'

# the built-in busy plugin runs 30 million instructions under a budget of
# one million: built-ins are not counted
printf 'limits = { seconds = 60, instructions = 1000000 }\ndisable = { "spin" }\n' > "$WORK/busy.lua"
CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" --config "$WORK/busy.lua" -f json -o "$WORK/out3" "$EX"
ok "a built-in plugin is not held to the instruction budget" \
   'status_is 0 && [ ! -s "$WORK/.stderr" ]'

# the same file from plugin_dirs is
mkdir -p "$WORK/mine/extract"
cp "$DD/plugins/extract/96-busy.lua" "$WORK/mine/extract/busy.lua"
rm "$DD/plugins/extract/96-busy.lua"
printf 'limits = { seconds = 60, instructions = 1000000 }\ndisable = { "spin" }\nplugin_dirs = { "%s" }\n' "$WORK/mine" > "$WORK/mine.lua"
CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" --config "$WORK/mine.lua" -f json -o "$WORK/out4" "$EX"
ok "a plugin from plugin_dirs is: instruction limit exceeded" \
   'status_is 4 && err_has "mine/extract/busy.lua: plugin busy: (extract) failed on " && err_has "instruction limit exceeded (1 million instructions; raise limits.instructions or mark the plugin trusted)"'
ok "callbrief plugins says which limits each plugin runs under" \
   'CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" --config "$WORK/mine.lua" plugins &&
    grep -E "^extract +busy +0.1 +yes +all " "$WORK/.stdout" >/dev/null &&
    grep -E "^extract +people +[0-9.]+ +yes +mem,time " "$WORK/.stdout" >/dev/null'

# after a nudged call, the next plugins and documents run as if it had
# not been: every other document's extraction is the same as without spin
printf 'limits = { seconds = 6 }\ndisable = { "busy" }\n' > "$WORK/spin1.lua"
printf 'limits = { seconds = 6 }\ndisable = { "busy", "spin" }\n' > "$WORK/nospin.lua"
CALLBRIEF_DATADIR="$DD" "$CALLBRIEF" --config "$WORK/spin1.lua" extract "$EX" > "$WORK/spin.jsonl" 2>/dev/null
CALLBRIEF_DATADIR="$DD" "$CALLBRIEF" --config "$WORK/nospin.lua" extract "$EX" | grep -v 003_a05659aaa7e80c9a > "$WORK/nospin.jsonl"
ok "the other documents of the stopped run are extracted as without it" \
   '[ "$(wc -l < "$WORK/spin.jsonl")" -eq 4 ] && cmp "$WORK/spin.jsonl" "$WORK/nospin.jsonl"'
finish
