#!/bin/sh
# archive.sh — the archive (callbrief.db): a re-run reads only new or
# changed documents, marks what is new since the previous briefing, and a
# broken archive is refused by name.
. "$top_srcdir/tests/e2e/tap.sh"
EX="$top_srcdir/examples/karabakh-2020/docs"
plan 13

mkdir -p "$WORK/in"
cp "$EX/000_3a25ef9a9304f9a8.txt" "$EX/002_c3c03e08a78bd57f.txt" "$WORK/in/"
SOURCE_DATE_EPOCH=1602720000 run "$CALLBRIEF" -v -f md,json -o "$WORK/out" "$WORK/in"
ok "a first run creates the archive in the output directory" \
   'status_is 0 && [ -s "$WORK/out/callbrief.db" ] && err_has "0 documents from the archive, 2 read"'

cp "$EX/003_a05659aaa7e80c9a.txt" "$WORK/in/"
SOURCE_DATE_EPOCH=1603324800 run "$CALLBRIEF" -v -f md,json -o "$WORK/out" "$WORK/in"
ok "a re-run reads only the new document" 'status_is 0 && err_has "2 documents from the archive, 1 read"'
ok "the briefing says what is new since the previous one" \
   'grep -q "## New since last briefing" "$WORK/out/briefing.md" && grep -q "\*\*new\*\*: Emmanuel Macron and Vladimir Putin" "$WORK/out/briefing.md" && grep -q "\"change\": \"new\"" "$WORK/out/briefing.json"'

"$CALLBRIEF" -q --no-db -f md,json -o "$WORK/fresh" "$WORK/in"
ok "what the archive gives back makes the same calls as reading afresh" \
   'grep "\"participants\"" -A3 "$WORK/out/briefing.json" > "$WORK/a" && grep "\"participants\"" -A3 "$WORK/fresh/briefing.json" > "$WORK/b" && cmp "$WORK/a" "$WORK/b"'

# -j: a worker thread finds and parses the cached extractions while the
# main thread takes them in input order: the same briefing as -j 1.
mkdir -p "$WORK/jin"
cp "$EX"/*.txt "$WORK/jin/"
SOURCE_DATE_EPOCH=1602720000 "$CALLBRIEF" -q -f md,json -o "$WORK/j0" "$WORK/jin"
cp -r "$WORK/j0" "$WORK/j1" && cp -r "$WORK/j0" "$WORK/j2"
SOURCE_DATE_EPOCH=1603324800 "$CALLBRIEF" -v -j 1 -f md,json -o "$WORK/j1" "$WORK/jin" 2> "$WORK/j1.err"
SOURCE_DATE_EPOCH=1603324800 run "$CALLBRIEF" -v -j 2 -f md,json -o "$WORK/j2" "$WORK/jin"
ok "a re-run with -j 2 takes every document from the archive" \
   'status_is 0 && err_has "5 documents from the archive, 0 read" && grep -q "5 documents from the archive, 0 read" "$WORK/j1.err"'
ok "and writes the briefing -j 1 writes" \
   'cmp "$WORK/j1/briefing.json" "$WORK/j2/briefing.json" && cmp "$WORK/j1/briefing.md" "$WORK/j2/briefing.md"'

# A cached extraction the archive gives back damaged is not trusted: the
# run says so, reads the document again, writes the -j 1 briefing, and
# keeps the good extraction for the next run.  (The warning is in the
# briefing's own list of warnings, the last entry of briefing.json.)
cp -r "$WORK/j0" "$WORK/bad"
sqlite3 "$WORK/bad/callbrief.db" "UPDATE documents SET extraction = x'92a1' WHERE rowid = (SELECT min(rowid) FROM documents)"
SOURCE_DATE_EPOCH=1603324800 run "$CALLBRIEF" -v -j 2 -f md,json -o "$WORK/bad" "$WORK/jin"
ok "a damaged cached extraction is named, read again, and the briefing is the same" \
   'status_is 0 && err_has "archive: the cached extraction is unreadable (" && err_has "not MessagePack (or cut short)); reading the document again" && err_has "4 documents from the archive, 1 read" && sed "/^  \"warnings\"/,\$d" "$WORK/j1/briefing.json" > "$WORK/a" && sed "/^  \"warnings\"/,\$d" "$WORK/bad/briefing.json" > "$WORK/b" && cmp "$WORK/a" "$WORK/b" && grep -q "cached extraction is unreadable" "$WORK/bad/briefing.json"'
SOURCE_DATE_EPOCH=1603324800 run "$CALLBRIEF" -v -j 2 -f md,json -o "$WORK/bad" "$WORK/jin"
ok "and the next run finds it whole" 'status_is 0 && err_has "5 documents from the archive, 0 read"'

# The archive keeps a summary of each call (its claims as their number):
# one more report of a call with another claim marks it changed.
mkdir -p "$WORK/chg"
printf 'Putin and Erdogan talk by phone\n\nRussian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by telephone on 14 October 2020. Putin said the fighting in Nagorno-Karabakh must stop at once.\n' > "$WORK/chg/a.txt"
SOURCE_DATE_EPOCH=1602720000 "$CALLBRIEF" -q -f md,json -o "$WORK/chg-out" "$WORK/chg"
printf 'Erdogan and Putin hold phone call\n\nTurkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke by telephone on 14 October 2020, the Kremlin said. Erdogan said Turkey would always stand by Azerbaijan.\n' > "$WORK/chg/b.txt"
SOURCE_DATE_EPOCH=1603324800 run "$CALLBRIEF" -q -f md,json -o "$WORK/chg-out" "$WORK/chg"
ok "a call reported again with another claim is marked changed (sources, claims)" \
   'status_is 0 && grep -q "^- \*\*changed\*\*: Recep Tayyip Erdoğan and Vladimir Putin, 14 October 2020 (sources, claims)$" "$WORK/chg-out/briefing.md"'
printf 'Leaders spoke\n\nErdogan and Putin spoke by phone on 14 October 2020, Anadolu reported.\n' > "$WORK/chg/c.txt"
SOURCE_DATE_EPOCH=1603929600 run "$CALLBRIEF" -q -f md,json -o "$WORK/chg-out" "$WORK/chg"
ok "a report without claims changes its sources only (the claims counted from the summary)" \
   'status_is 0 && grep -q "^- \*\*changed\*\*: Recep Tayyip Erdoğan and Vladimir Putin, 14 October 2020 (sources)$" "$WORK/chg-out/briefing.md"'

echo "this is not a database, just some text that is long enough to look like one" > "$WORK/broken.db"
run "$CALLBRIEF" -f json --db "$WORK/broken.db" -o "$WORK/out2" "$WORK/in"
ok "a file that is not an archive is refused by name (status 1)" \
   'status_is 1 && err_has "broken.db: not a callbrief archive"'

head -c 100 "$WORK/out/callbrief.db" > "$WORK/truncated.db"
run "$CALLBRIEF" -f json --db "$WORK/truncated.db" -o "$WORK/out3" "$WORK/in"
ok "a truncated archive is refused by name (status 1)" \
   'status_is 1 && err_has "truncated.db: not a callbrief archive"'

# kill -9 while a run works; the next run completes and the previous
# briefing was never damaged.
cp "$WORK/out/briefing.json" "$WORK/before.json"
for i in 1 2 3 4 5 6 7 8; do for f in "$EX"/*.txt; do cp "$f" "$WORK/in/$i-$(basename "$f")"; done; done
"$CALLBRIEF" -q -f md,json,pdf -o "$WORK/out" "$WORK/in" 2>/dev/null &
pid=$!
sleep 0.3
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
ok "after kill -9 the previous briefing is whole and the next run succeeds" \
   '(cmp -s "$WORK/before.json" "$WORK/out/briefing.json" || tail -c 2 "$WORK/out/briefing.json" | grep -q "}") && "$CALLBRIEF" -q -f json -o "$WORK/out" "$WORK/in" && tail -c 2 "$WORK/out/briefing.json" | grep -q "}"'
finish
