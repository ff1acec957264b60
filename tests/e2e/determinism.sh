#!/bin/sh
# determinism.sh — the same inputs give the same bytes in every process.
# Lua seeds its string hash per state, so a table walked with pairs()
# comes in another order from run to run: any output that depends on that
# order shows here as runs that differ.  The development corpora are
# extracted four times, each in a new process, and briefed twice.
. "$top_srcdir/tests/e2e/tap.sh"
plan 2

set --
for c in corpus corpus2 corpus3 holdout holdout3; do
    [ -d "$top_srcdir/tests/$c/docs" ] && set -- "$@" "$top_srcdir/tests/$c/docs"
done
for i in 1 2 3 4; do
    "$CALLBRIEF" extract -j 1 "$@" > "$WORK/x$i.jsonl" 2>/dev/null
done
ok "four extractions of the development corpora, four processes, the same bytes" \
   '[ -s "$WORK/x1.jsonl" ] && cmp "$WORK/x1.jsonl" "$WORK/x2.jsonl" && cmp "$WORK/x1.jsonl" "$WORK/x3.jsonl" && cmp "$WORK/x1.jsonl" "$WORK/x4.jsonl"'

for i in 1 2; do
    SOURCE_DATE_EPOCH=1700000000 "$CALLBRIEF" -q --no-db -f md,json -o "$WORK/b$i" "$@" 2>/dev/null
done
ok "two briefings of them, the same bytes" \
   'cmp "$WORK/b1/briefing.json" "$WORK/b2/briefing.json" && cmp "$WORK/b1/briefing.md" "$WORK/b2/briefing.md"'
finish
