#!/bin/sh
# hostile.sh — inputs a scraper may save: NUL bytes, invalid UTF-8, right-to-
# left and mixed scripts, a 10,000-character name, deep nesting, a big
# table, a FIFO.  Each run must end (bounded by timeout) with the expected
# status and a whole briefing.  The expensive ones (100 MB, a million lines,
# a 10 MB line, 50,000 levels) are measured by hand: see tests/fuzz/README.
. "$top_srcdir/tests/e2e/tap.sh"
SEEDS="$top_srcdir/examples/karabakh-2020/docs"
plan 13
TO=${HOSTILE_TIMEOUT:-60}
command -v timeout >/dev/null 2>&1 || timeout() { shift; "$@"; }

whole() {
    [ -s "$1/briefing.md" ] && tail -c 6 "$1/briefing.pdf" | grep -q '%%EOF' &&
    tail -c 2 "$1/briefing.json" | grep -q '}' || { echo "$1: briefing incomplete"; ls -la "$1"; return 1; }
}
# case NAME: a directory with one good article and the hostile file(s)
# written by the caller into $WORK/NAME; runs callbrief on it.
hrun() {
    cp "$SEEDS/001_a374196c57635b37.txt" "$WORK/$1/good.txt"
    run timeout "$TO" "$CALLBRIEF" -o "$WORK/out-$1" "$WORK/$1"
}
mk() { mkdir -p "$WORK/$1"; }

mk nul
{ cat "$SEEDS/000_3a25ef9a9304f9a8.txt"; i=0; while [ $i -lt 100 ]; do
    printf 'Filler paragraph that is not about any call, only here to pass 8 KiB.\n\n'; i=$((i + 1)); done
  printf '\000\000 Macron\000 called\000 Putin.\n'; } > "$WORK/nul/n.txt"
hrun nul
ok "NUL bytes past the first 8 KiB: removed, status 0, noted in the briefing" \
   'status_is 0 && whole "$WORK/out-nul" && grep -q "NUL bytes removed" "$WORK/out-nul/briefing.md"'

# Legacy encodings: an article saved as windows-1252 (no UTF-8 in it), a
# page whose <meta> declares iso-8859-1, a text saved as UTF-16 with its
# byte order mark.  Each is decoded, its call found.
mk legacy
printf 'Macron and Putin talk\n\nPARIS \226 French President Emmanuel Macron spoke by telephone with Russian President Vladimir Putin on 12 February 2019, the \311lys\351e said. Macron told Putin that France was \223ready to help\224.\n' > "$WORK/legacy/w.txt"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Merkel and Erdo\360an</title></head><body><p>BERLIN \226 German Chancellor Angela Merkel spoke by phone with Turkish President Recep Tayyip Erdogan on 3 March 2017, the Chancellery said. Merkel told Erdogan that Germany was \223concerned\224.</p></body></html>' > "$WORK/legacy/p.html"
printf 'Johnson and Biden talk\n\nLONDON \342\200\224 British Prime Minister Boris Johnson spoke by telephone with U.S. President Joe Biden on 23 January 2021, Downing Street said. Johnson told Biden that Britain was \342\200\234ready to work together\342\200\235.\n' | iconv -f UTF-8 -t UTF-16 > "$WORK/legacy/u.txt"
hrun legacy
ok "windows-1252 text, an iso-8859-1 page and UTF-16 text: decoded, status 0, the guess warned" \
   'status_is 0 && grep -q "w.txt.*not UTF-8: read as windows-1252" "$WORK/out-legacy/briefing.md" && ! grep -q "p.html.*UTF\|u.txt.*UTF" "$WORK/out-legacy/briefing.md"'
ok "...their calls and words are in the briefing, in UTF-8" \
   'grep -q "Merkel" "$WORK/out-legacy/briefing.md" && grep -q "Johnson" "$WORK/out-legacy/briefing.md" && grep -q "Macron" "$WORK/out-legacy/briefing.md" &&
    grep -q "“ready to help”" "$WORK/out-legacy/briefing.json" && grep -q "“concerned”" "$WORK/out-legacy/briefing.json"'

mk binary
printf 'Putin\000called' > "$WORK/binary/b.txt"
hrun binary
ok "a NUL in the first 8 KiB: skipped as binary, status 3, briefing from the rest" \
   'status_is 3 && err_has "binary file" && whole "$WORK/out-binary"'

mk utf8
i=0; while [ $i -lt 200 ]; do
    printf 'Putin \300\257 \355\240\200 \364\220\200\200 \377\376 called Erdo\304\237an \342\202.\n'; i=$((i + 1))
done > "$WORK/utf8/b.txt"
hrun utf8
ok "invalid UTF-8 (overlong, surrogate, > U+10FFFF, truncated): repaired, status 0, noted" \
   'status_is 0 && whole "$WORK/out-utf8" && grep -q "invalid UTF-8" "$WORK/out-utf8/briefing.md"'
ok "...and the briefing is valid UTF-8" \
   'iconv -f UTF-8 -t UTF-8 "$WORK/out-utf8/briefing.md" >/dev/null && iconv -f UTF-8 -t UTF-8 "$WORK/out-utf8/briefing.json" >/dev/null'

mk rtl
printf '%s\n' 'محادثة هاتفية' '' \
  'أجرى الرئيس رجب طيب أردوغان اتصالاً هاتفياً مع Vladimir Putin يوم الاثنين.' \
  'נשיא המדינה יצחק הרצוג שוחח בטלפון עם Emmanuel Macron (‏ماكرون‏) on Monday.' \
  '‮evil override‬ and ⁧isolate⁩ Erdoğan — Эрдоган — 埃尔多安.' > "$WORK/rtl/r.txt"
hrun rtl
ok "Arabic and Hebrew mixed with Latin, bidi controls: status 0, whole briefing" \
   'status_is 0 && whole "$WORK/out-rtl"'

mk longname
{ printf 'Title\n\nPresident '; i=0; while [ $i -lt 1000 ]; do printf 'Abcdefghij'; i=$((i + 1)); done
  printf ' spoke by phone with Vladimir Putin on Monday.\n'; } > "$WORK/longname/n.txt"
hrun longname
ok "a 10,000-character name: status 0, whole briefing" 'status_is 0 && whole "$WORK/out-longname"'

mk quote
{ printf '# Deep\n\n'; i=0; while [ $i -lt 5000 ]; do printf '> '; i=$((i + 1)); done; printf 'Putin called Erdogan.\n'; } > "$WORK/quote/q.md"
hrun quote
ok "5,000 levels of block quote: status 0, whole briefing" 'status_is 0 && whole "$WORK/out-quote"'

mk list
{ printf '# Deep\n\n'; i=0; while [ $i -lt 5000 ]; do printf -- '- '; i=$((i + 1)); done; printf 'Putin called Erdogan.\n'; } > "$WORK/list/l.md"
hrun list
# 50,000 levels make plugins/source/10-read.lua fail with "stack overflow"
# (status 4); 5,000 must not: the host and the plugin must end cleanly.
ok "5,000 levels of list: status 0 or 4 (a named plugin failure), whole briefing, no crash" \
   '{ [ "$STATUS" -eq 0 ] || { [ "$STATUS" -eq 4 ] && err_has "plugin"; }; } && whole "$WORK/out-list"'

mk table
{ printf '# Table\n\nMacron called Putin on Monday.\n\n|'; c=0; while [ $c -lt 20 ]; do printf ' h%d |' $c; c=$((c + 1)); done; printf '\n|'
  c=0; while [ $c -lt 20 ]; do printf -- '---|'; c=$((c + 1)); done; printf '\n'
  awk 'BEGIN { for (r = 0; r < 300; r++) { s = "|"; for (c = 0; c < 20; c++) s = s " Putin " r "." c " |"; print s } }'; } > "$WORK/table/t.md"
hrun table
ok "a 300 x 20 Markdown table: status 0, whole briefing" 'status_is 0 && whole "$WORK/out-table"'

mk lines
# 1,000 only: the source stage is superlinear in lines (5,000 take ~10 s,
# 20,000 several minutes), see the report; raise it when that is fixed.
awk 'BEGIN { print "Putin and Erdogan spoke by phone."; for (i = 0; i < 1000; i++) print "line " i " of filler" }' > "$WORK/lines/l.txt"
hrun lines
ok "1,000 short lines: status 0, whole briefing" 'status_is 0 && whole "$WORK/out-lines"'

mkdir -p "$WORK/fifo"
if mkfifo "$WORK/fifo/f.txt" 2>/dev/null; then
    run timeout 20 "$CALLBRIEF" -o "$WORK/out-fifo" "$WORK/fifo/f.txt" "$SEEDS/001_a374196c57635b37.txt"
    ok "a FIFO named as an input is refused at once (no hang), status 3" \
       'status_is 3 && err_has "f.txt: not a regular file" && whole "$WORK/out-fifo"'
else
    TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP mkfifo failed"
fi
finish
