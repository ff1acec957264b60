#!/bin/sh
# scores.sh — extraction quality, scored by `callbrief eval` against gold.
# The worked example always; the shared dev corpus when the checkout sits
# beside ../shared (as in CI); our own tests/corpus always.
. "$top_srcdir/tests/e2e/tap.sh"
SHARED="$top_srcdir/../shared/corpus"
plan 8

# score NAME DOCS GOLD: runs the pipeline and eval; sets P R F S (status
# accuracy) and CR CP (claim recall and precision).
score() {
    "$CALLBRIEF" -q -f json -o "$WORK/$1" "$2" 2>/dev/null
    "$CALLBRIEF" eval "$3" "$WORK/$1/briefing.json" > "$WORK/$1.eval" || return 1
    set -- $(awk '/^calls /{print $3, $5, $7} /^status /{print $3} /^claims /{print $3, $8}' "$WORK/$1.eval")
    P=$1 R=$2 F=$3 S=$4 CR=$5 CP=$6
}
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }' || { echo "$3 $1 < $2"; return 1; }; }

score example "$top_srcdir/examples/karabakh-2020/docs" "$top_srcdir/examples/karabakh-2020/gold.json"
cat "$WORK/example.eval" | sed 's/^/# example: /'
ok "example: at least 80% of the gold calls found with their dates" 'at_least "$R" 0.80 recall'
ok "example: call F1 1.00 and status accuracy 1.00" 'at_least "$F" 1.00 F1 && at_least "$S" 1.00 status'
ok "example: claim recall and precision >= 0.85" 'at_least "$CR" 0.85 "claim recall" && at_least "$CP" 0.85 "claim precision"'

if [ -d "$SHARED/dev/docs" ]; then
    score dev "$SHARED/dev/docs" "$SHARED/dev/gold.json"
    sed 's/^/# dev: /' "$WORK/dev.eval"
    ok "dev: call F1 >= 0.92" 'at_least "$F" 0.92 F1'
    ok "dev: status accuracy >= 0.95" 'at_least "$S" 0.95 status'
    ok "dev: claim recall and precision >= 0.80" 'at_least "$CR" 0.80 "claim recall" && at_least "$CP" 0.80 "claim precision"'
else
    for i in 4 5 6; do echo "ok $i # SKIP ../shared/corpus/dev not present"; done
    TAP_N=6
fi

score own "$top_srcdir/tests/corpus/docs" "$top_srcdir/tests/corpus/gold.json"
sed 's/^/# tests\/corpus: /' "$WORK/own.eval"
ok "tests/corpus (our own articles): call F1 >= 0.85, status accuracy >= 0.95" 'at_least "$F" 0.85 F1 && at_least "$S" 0.95 status'
ok "tests/corpus: claim recall and precision >= 0.75" 'at_least "$CR" 0.75 "claim recall" && at_least "$CP" 0.75 "claim precision"'
finish
