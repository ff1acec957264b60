#!/bin/sh
# figures.sh — the call graph and timeline: SVG files beside briefing.md,
# linked from it, inlined in briefing.html, drawn in briefing.pdf; and every
# output byte-identical across two runs.
. "$top_srcdir/tests/e2e/tap.sh"
plan 10

# From the source tree with a relative path, as golden.sh does.
for run in a b; do
    (cd "$top_srcdir" && "$CALLBRIEF" -q -f md,pdf,json,html -o "$WORK/$run" examples/karabakh-2020) \
        >"$WORK/.stdout" 2>"$WORK/.stderr"
    STATUS=$?
    [ "$STATUS" -eq 0 ] || break
done
ok "the example runs twice cleanly with -f md,pdf,json,html" 'status_is 0'

ok "two runs give byte-identical md, json, html, pdf and svg" '
    for f in briefing.md briefing.json briefing.html briefing.pdf callgraph.svg timeline.svg; do
        cmp "$WORK/a/$f" "$WORK/b/$f" || exit 1
    done'

ok "callgraph.svg and timeline.svg are SVG documents" '
    for f in callgraph timeline; do
        [ -s "$WORK/a/$f.svg" ] && grep -q "<svg xmlns=\"http://www.w3.org/2000/svg\"" "$WORK/a/$f.svg" || exit 1
    done'

if command -v xmllint >/dev/null; then
    ok "the SVG files are well-formed XML (xmllint)" \
       'xmllint --noout "$WORK/a/callgraph.svg" "$WORK/a/timeline.svg"'
else
    echo "ok 4 # SKIP xmllint not installed"; TAP_N=4
fi

ok "briefing.md links both figures" \
   'grep -Eq "^!\[Call graph: .*\]\(callgraph\.svg\)$" "$WORK/a/briefing.md" && grep -Eq "^!\[Timeline: .*\]\(timeline\.svg\)$" "$WORK/a/briefing.md"'

ok "briefing.html inlines the figures instead of linking them" '
    [ "$(grep -c "<svg xmlns" "$WORK/a/briefing.html")" -eq 2 ] &&
    ! grep -q "<img src=\"callgraph.svg\"" "$WORK/a/briefing.html" &&
    ! grep -q "<img src=\"timeline.svg\"" "$WORK/a/briefing.html" &&
    file_has "$WORK/a/briefing.html" "<title>" && file_has "$WORK/a/briefing.html" "<style>"'

ok "the graph names leaders by surname, in the SVG and the HTML alike" \
   'file_has "$WORK/a/callgraph.svg" ">Putin</text>" && file_has "$WORK/a/briefing.html" ">Putin</text>"'

if command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null; then
    pdftotext -enc UTF-8 "$WORK/a/briefing.pdf" "$WORK/pdf.txt" 2>/dev/null
    ok "the PDF draws the figures (titles and labels), not image placeholders" \
       'file_has "$WORK/pdf.txt" "Who called whom" && file_has "$WORK/pdf.txt" "Calls over time" &&
        grep -qx "Putin" "$WORK/pdf.txt" && ! grep -q "\[image: " "$WORK/pdf.txt"'
    pages=$(pdfinfo "$WORK/a/briefing.pdf" 2>/dev/null | sed -n "s/^Pages: *//p")
    ok "the page count makes sense (2 to 12 pages, as the footer says)" \
       '[ "${pages:-0}" -ge 2 ] && [ "$pages" -le 12 ] && file_has "$WORK/pdf.txt" "page $pages of $pages"'
else
    echo "ok 8 # SKIP pdftotext not installed"; echo "ok 9 # SKIP pdftotext not installed"; TAP_N=9
fi

# No calls, no figures: an article that mentions no call.
mkdir -p "$WORK/empty-in"
printf 'Title: Weather\n\nIt rained in Paris on Monday.\n' >"$WORK/empty-in/rain.txt"
run "$CALLBRIEF" -q -f md,html,pdf -o "$WORK/empty" "$WORK/empty-in"
ok "a briefing without calls has no figures" \
   'status_is 0 && [ ! -e "$WORK/empty/callgraph.svg" ] && [ ! -e "$WORK/empty/timeline.svg" ] &&
    ! grep -q "svg" "$WORK/empty/briefing.md" && ! grep -q "<svg" "$WORK/empty/briefing.html"'
finish
