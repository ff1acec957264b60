#!/bin/sh
# golden.sh — the worked example, byte for byte, and reproducible.
. "$top_srcdir/tests/e2e/tap.sh"
GOLD="$top_srcdir/tests/golden/karabakh-2020"
plan 7

# Run from the source tree with a relative path, as the README does, so
# the paths in the briefing are the same on every machine.
(cd "$top_srcdir" && "$CALLBRIEF" -q -o "$WORK/a" examples/karabakh-2020) 2>"$WORK/.stderr"
STATUS=$?
ok "the example runs cleanly" 'status_is 0'
ok "briefing.md matches the golden file" 'diff -u "$GOLD/briefing.md" "$WORK/a/briefing.md"'
ok "briefing.json matches the golden file" 'diff -u "$GOLD/briefing.json" "$WORK/a/briefing.json"'
ok "the figures (SVG) match the golden files" \
   'cmp "$GOLD/callgraph.svg" "$WORK/a/callgraph.svg" && cmp "$GOLD/timeline.svg" "$WORK/a/timeline.svg"'

(cd "$top_srcdir" && "$CALLBRIEF" -q -o "$WORK/b" examples/karabakh-2020)
ok "a second run gives byte-identical md, json and pdf" \
   'cmp "$WORK/a/briefing.md" "$WORK/b/briefing.md" && cmp "$WORK/a/briefing.json" "$WORK/b/briefing.json" && cmp "$WORK/a/briefing.pdf" "$WORK/b/briefing.pdf"'

if command -v pdftotext >/dev/null; then
    pdftotext -enc UTF-8 "$WORK/a/briefing.pdf" "$WORK/pdf.txt" 2>/dev/null
    ok "the PDF has the names right (Erdoğan, Çavuşoğlu, Putin, Macron)" \
       'file_has "$WORK/pdf.txt" "Erdoğan" && file_has "$WORK/pdf.txt" "Çavuşoğlu" && file_has "$WORK/pdf.txt" "Vladimir Putin" && file_has "$WORK/pdf.txt" "Emmanuel Macron"'
    ok "the PDF has the section headings and page numbers" \
       'file_has "$WORK/pdf.txt" "Calls at a glance" && file_has "$WORK/pdf.txt" "Sources" && file_has "$WORK/pdf.txt" "page 1 of"'
else
    echo "ok 6 # SKIP pdftotext not installed"; echo "ok 7 # SKIP pdftotext not installed"
fi
finish
