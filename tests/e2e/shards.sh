#!/bin/sh
# shards.sh — extract in shards (under GNU parallel when installed), report
# over the shards: the same briefing, byte for byte, as one run.
. "$top_srcdir/tests/e2e/tap.sh"
EX="$top_srcdir/examples/karabakh-2020/docs"
plan 3

ls "$EX"/*.txt > "$WORK/paths"
"$CALLBRIEF" -q -f md,json -o "$WORK/one" - < "$WORK/paths"
if command -v parallel >/dev/null 2>&1; then
    parallel --will-cite --pipe -N 2 -j 2 "$CALLBRIEF extract -" < "$WORK/paths" > "$WORK/shards.jsonl"
    STATUS=$?
    ok "extract runs in shards under GNU parallel" 'status_is 0 && [ "$(wc -l < "$WORK/shards.jsonl")" -eq 5 ]'
else
    head -2 "$WORK/paths" | "$CALLBRIEF" extract - > "$WORK/shards.jsonl"
    tail -n +3 "$WORK/paths" | "$CALLBRIEF" extract - >> "$WORK/shards.jsonl"
    echo "ok 1 # SKIP GNU parallel not installed (sharded by hand instead)"
    TAP_N=1
fi
# shards in reverse order: report must not depend on it
tac "$WORK/shards.jsonl" > "$WORK/reversed.jsonl"
run "$CALLBRIEF" report -q -f md,json -o "$WORK/two" "$WORK/reversed.jsonl"
ok "report over the shards is byte-identical to one run" \
   'status_is 0 && cmp "$WORK/one/briefing.md" "$WORK/two/briefing.md" && cmp "$WORK/one/briefing.json" "$WORK/two/briefing.json"'
printf '{"not": "an extraction"}\nnot json\n' >> "$WORK/reversed.jsonl"
run "$CALLBRIEF" report -q -f json -o "$WORK/three" "$WORK/reversed.jsonl"
ok "bad lines are named with file:line and skipped" \
   'status_is 3 && err_has "reversed.jsonl:6: not an extraction" && err_has "reversed.jsonl:7:" && [ -s "$WORK/three/briefing.json" ]'
finish
