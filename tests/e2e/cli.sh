#!/bin/sh
# cli.sh — the command line: help, version, usage errors and exit codes.
. "$top_srcdir/tests/e2e/tap.sh"
EX="$top_srcdir/examples/karabakh-2020"
plan 14

run "$CALLBRIEF" --help
ok "--help exits 0 and documents the exit statuses" \
   'status_is 0 && out_has "Exit status:" && out_has "  3  some inputs were unusable"'

run "$CALLBRIEF" --version
ok "--version prints the version" 'status_is 0 && grep -Eq "^callbrief [0-9]+\.[0-9]+\.[0-9]+$" "$WORK/.stdout"'

run "$CALLBRIEF"
ok "no input is a usage error (2)" 'status_is 2 && err_has "no input given"'

run "$CALLBRIEF" --frobnicate "$EX"
ok "an unknown option is a usage error naming it" \
   'status_is 2 && err_has "unknown option '"'"'--frobnicate'"'"'" && err_has "Try '"'"'callbrief --help'"'"'"'

run "$CALLBRIEF" -f md,docx "$EX"
ok "an unknown format is a usage error" 'status_is 2 && err_has "unknown format '"'"'docx'"'"'"'

run "$CALLBRIEF" --paper b5 "$EX"
ok "an unknown paper size is a usage error" 'status_is 2 && err_has "unknown paper '"'"'b5'"'"'"'

run "$CALLBRIEF" -q -f json -o "$WORK/only-json" "$EX"
ok "-f json writes only briefing.json, quietly" \
   'status_is 0 && [ -s "$WORK/only-json/briefing.json" ] && [ ! -e "$WORK/only-json/briefing.md" ] && [ ! -e "$WORK/only-json/briefing.pdf" ] && [ ! -s "$WORK/.stderr" ]'

run "$CALLBRIEF" plugins
ok "plugins lists every stage's plugins" \
   'status_is 0 && grep -q "^source " "$WORK/.stdout" && grep -q "^render .*markdown" "$WORK/.stdout" && grep -q "^render .*pdf" "$WORK/.stdout"'

run "$CALLBRIEF" eval "$WORK/missing-gold.json" "$WORK/missing.json"
ok "eval names a missing file" 'status_is 1 && err_has "missing-gold.json: No such file"'
printf 'output = "out"\ninputs = { articels, "b" }\n' > "$WORK/typo.lua"
run "$CALLBRIEF" --config "$WORK/typo.lua" --print-config
ok "an unquoted word in the configuration is named with its line" \
   'status_is 2 && err_has "typo.lua:2: undefined name '"'"'articels'"'"' (a typo? strings need quotes)"'

# CALLBRIEF_PROFILE: where the Lua time went, for plugin writers; the
# briefing itself is the same.
CALLBRIEF_PROFILE="$WORK/profile.txt" run "$CALLBRIEF" -q -j 2 -f json -o "$WORK/profiled" "$EX"
ok "CALLBRIEF_PROFILE writes a profile naming plugin lines; the briefing is unchanged" \
   'status_is 0 && grep -Eq "^callbrief profile: [1-9][0-9]* samples of CPU time$" "$WORK/profile.txt" &&
    grep -Eq "^ +[0-9]+ +[0-9.]+%  .*/plugins/(source|extract)/[0-9a-z-]+\.lua:[0-9]+" "$WORK/profile.txt" &&
    grep -q "^Functions, with what they call (total):" "$WORK/profile.txt" &&
    cmp "$WORK/profiled/briefing.json" "$WORK/only-json/briefing.json"'
CALLBRIEF_PROFILE="$WORK/no/such/dir/profile.txt" run "$CALLBRIEF" -q -f json -o "$WORK/profiled2" "$EX"
ok "a profile that cannot be written is named" \
   'err_has "callbrief: $WORK/no/such/dir/profile.txt: cannot write the profile" && [ -s "$WORK/profiled2/briefing.json" ]'
unset CALLBRIEF_PROFILE

# The PDF is saved through a temporary file in $TMPDIR, removed after; with
# no usable $TMPDIR it is saved in memory, to the same bytes.
mkdir -p "$WORK/tmp"
run env TMPDIR="$WORK/tmp" "$CALLBRIEF" -q -f pdf --no-db -o "$WORK/pdf-tmp" "$EX"
run env TMPDIR="$WORK/no/such/dir" "$CALLBRIEF" -q -f pdf --no-db -o "$WORK/pdf-mem" "$EX"
ok "the PDF is the same saved through \$TMPDIR or in memory, and no temporary is left" \
   '[ -s "$WORK/pdf-tmp/briefing.pdf" ] && cmp "$WORK/pdf-tmp/briefing.pdf" "$WORK/pdf-mem/briefing.pdf" &&
    [ -z "$(ls -A "$WORK/tmp")" ]'

# -v: the seconds reading and each corpus stage took, plugin by plugin
run "$CALLBRIEF" -v -f json --no-db -o "$WORK/timed" "$EX"
ok "-v tells the seconds of reading and of each stage, plugin by plugin" \
   'status_is 0 && err_has "callbrief: reading and extracting: " &&
    grep -Eq "^callbrief: link: [0-9]+\.[0-9]{2} s \(actors [0-9]+\.[0-9]{2}, dates [0-9]+\.[0-9]{2}, merge" "$WORK/.stderr" &&
    grep -Eq "^callbrief: render: [0-9]+\.[0-9]{2} s \(.*json [0-9]+\.[0-9]{2}" "$WORK/.stderr"'
finish
