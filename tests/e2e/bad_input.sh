#!/bin/sh
# bad_input.sh — unusable inputs get a clear message naming the file, the
# run goes on with the rest, and what it writes is complete.
. "$top_srcdir/tests/e2e/tap.sh"
SEEDS="$top_srcdir/examples/karabakh-2020/docs"
plan 13

mkdir -p "$WORK/in" "$WORK/no-articles/sub"
cp "$SEEDS/000_3a25ef9a9304f9a8.txt" "$WORK/in/good.txt"
: > "$WORK/in/empty.txt"
printf 'PK\003\004\000\000binary\000junk' > "$WORK/in/binary.txt"
{ head -c 400 "$SEEDS/003_a05659aaa7e80c9a.txt"; printf '\n\377\376 broken bytes\n'; tail -c +401 "$SEEDS/003_a05659aaa7e80c9a.txt"; } > "$WORK/in/bad-utf8.txt"
yes 'Filler text that is not about any call at all, repeated to make a big file.' | head -c 20000000 > "$WORK/in/huge.txt"
echo '{}' > "$WORK/no-articles/gold.json"

run "$CALLBRIEF" -o "$WORK/out" "$WORK/in" "$WORK/missing.txt"
ok "some inputs unusable: exit status 3" 'status_is 3'
ok "an empty file is named and skipped" 'err_has "in/empty.txt: empty file, skipped"'
ok "a binary file is named and skipped" 'err_has "in/binary.txt: binary file (NUL byte at line 1), skipped"'
ok "a 20 MB file is named and skipped" 'err_has "in/huge.txt: file too large (20.0 MB; the limit is 10.0 MB), skipped"'
ok "invalid UTF-8 is repaired with a warning naming file and line" \
   'err_has "in/bad-utf8.txt:" && err_has "warning: invalid UTF-8: 2 byte sequences replaced by U+FFFD"'
ok "a missing path is named" 'err_has "missing.txt: No such file or directory"'
ok "the briefing is written whole from the usable inputs" \
   'grep -q "Putin" "$WORK/out/briefing.md" && tail -c 6 "$WORK/out/briefing.pdf" | grep -q "%%EOF" && tail -c 2 "$WORK/out/briefing.json" | grep -q "}"'
ok "the briefing lists the unusable inputs as warnings" \
   'grep -q "empty file, skipped" "$WORK/out/briefing.md" && grep -q "binary file" "$WORK/out/briefing.json"'
ok "no temporary files are left behind (only the lock file)" '[ "$(ls -A "$WORK/out" | grep -v "^\\.callbrief\\.lock$" | grep -c "^\\.")" -eq 0 ]'

# On two worker threads the messages come in input order and the briefing
# is the same bytes: each input's results are taken in order while the
# workers go on.
cp "$SEEDS"/*.txt "$WORK/in/"
run "$CALLBRIEF" --no-db -f json -o "$WORK/j1" "$WORK/in"
mv "$WORK/.stderr" "$WORK/j1.stderr"
run "$CALLBRIEF" --no-db -j 2 -f json -o "$WORK/j2" "$WORK/in"
ok "-j 2: the same messages in the same order, the same briefing" \
   'status_is 3 && cmp "$WORK/j1.stderr" "$WORK/.stderr" && cmp "$WORK/j1/briefing.json" "$WORK/j2/briefing.json"'
rm -f "$WORK"/in/0*.txt

cp -r "$WORK/out" "$WORK/before"
run "$CALLBRIEF" -o "$WORK/out" "$WORK/no-articles"
ok "a directory with no articles: nothing produced (1), named" \
   'status_is 1 && err_has "no-articles: no articles found" && err_has "nothing written"'
ok "...and the previous briefing is left as it was" \
   'cmp "$WORK/before/briefing.md" "$WORK/out/briefing.md" && cmp "$WORK/before/briefing.pdf" "$WORK/out/briefing.pdf" && cmp "$WORK/before/briefing.json" "$WORK/out/briefing.json"'

run "$CALLBRIEF" -o "$WORK/in/good.txt/out" "$WORK/in"
ok "an output directory that cannot be made: status 1, named" \
   'status_is 1 && err_has "in/good.txt/out: cannot create the output directory: Not a directory"'
finish
