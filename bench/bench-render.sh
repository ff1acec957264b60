#!/bin/sh
# bench-render.sh — how fast callbrief typesets a long briefing, against
# pandoc with an HTML-based PDF engine on the very same briefing.md.
#
#   bench/bench-render.sh CALLBRIEF SRCDIR OUTDIR [N_ARTICLES [SEED]]
#
# 1. bench/gen-articles writes N synthetic articles (default 250: a
#    briefing of well over 100 PDF pages) to OUTDIR/articles;
# 2. callbrief -f md,pdf reads them and writes OUTDIR/callbrief/ (timed:
#    the whole run, reading and extracting included);
# 3. pandoc renders OUTDIR/callbrief/briefing.md (with its SVG figures) to
#    OUTDIR/pandoc.pdf with --pdf-engine=weasyprint (or wkhtmltopdf) (timed).
# Prints both times, the ratio and the file sizes.  Without pandoc or an
# engine the comparison is skipped with a message and the status is 0, so
# the target never fails CI for a missing tool; a failing callbrief fails.
set -u
CB=$1 SRC=$2 OUT=$3 N=${4:-250} SEED=${5:-1} LUATEST=${LUATEST:-}

say() { printf 'bench-render: %s\n' "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
size() { wc -c <"$1" | tr -d ' '; }
pages() { command -v pdfinfo >/dev/null && pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }

if ! command -v lua5.4 >/dev/null; then
    say "lua5.4 not found (Debian package lua5.4): cannot generate articles; skipped"
    exit 0
fi
rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
lua5.4 "$SRC/bench/gen-articles" -n "$N" -s "$SEED" "$OUT/articles" || exit 1

t0=$(now)
"$CB" -q -f md,pdf -o "$OUT/callbrief" "$OUT/articles"
st=$?
t1=$(now)
if [ "$st" -ne 0 ] && [ "$st" -ne 3 ]; then
    say "callbrief failed (exit status $st)"
    exit 1
fi
cb_time=$(secs "$t0" "$t1")
cb_pdf="$OUT/callbrief/briefing.pdf"
say "callbrief: $N articles -> $(pages "$cb_pdf") pages in ${cb_time} s; briefing.pdf $(size "$cb_pdf") bytes, briefing.md $(size "$OUT/callbrief/briefing.md") bytes"

# The typesetting alone (Markdown + figures -> PDF, what pandoc does), in
# the host's Lua state through tests/luatest when it is built: the same
# pdf.render call 20-pdf.lua makes, checked to give the same bytes.
ts_time=
if [ -n "$LUATEST" ] && [ -x "$LUATEST" ]; then
    "$CB" -q -f json -o "$OUT/json" "$OUT/articles"
    cat >"$OUT/typeset.lua" <<LUA
local json = require("callbrief.json")
local figures = require("callbrief.figures")
test("typeset briefing.md as 20-pdf.lua does", function()
  local md = read("$OUT/callbrief/briefing.md")
  local b = json.decode(read("$OUT/json/briefing.json"))
  local figs = {}
  for _, f in ipairs(figures.build(b.calls) or {}) do
    figs[f.file] = { width = f.width, height = f.height, shapes = f.shapes }
  end
  local pdf = assert(ctx("render").pdf.render(md, { title = b.title,
    subject = "Briefing on calls between leaders", author = "callbrief", paper = "a4",
    date = 1700000000, figures = figs }))
  ok(pdf == read("$OUT/callbrief/briefing.pdf"), "not the bytes of callbrief's briefing.pdf")
end)
LUA
    t0=$(now)
    "$LUATEST" "$OUT/typeset.lua" >"$OUT/typeset.tap" 2>&1
    st=$?
    t1=$(now)
    if [ "$st" -eq 0 ] && grep -q "^ok 1" "$OUT/typeset.tap"; then
        ts_time=$(secs "$t0" "$t1")
        say "callbrief typesetting alone (briefing.md + figures -> the same briefing.pdf): ${ts_time} s"
    else
        say "typesetting-only measure failed, see $OUT/typeset.tap"
    fi
fi

engine=
for e in weasyprint wkhtmltopdf; do
    command -v "$e" >/dev/null && { engine=$e; break; }
done
if ! command -v pandoc >/dev/null || [ -z "$engine" ]; then
    say "pandoc and a PDF engine (weasyprint or wkhtmltopdf) are needed for the comparison;"
    say "skipped (Debian: apt-get install pandoc weasyprint)"
    exit 0
fi

t0=$(now)
(cd "$OUT/callbrief" && pandoc -f gfm -t html5 -s --metadata pagetitle=Briefing \
    --pdf-engine="$engine" -o ../pandoc.pdf briefing.md) 2>"$OUT/pandoc.log"
st=$?
t1=$(now)
if [ "$st" -ne 0 ]; then
    say "pandoc failed (exit status $st), see $OUT/pandoc.log; comparison skipped"
    exit 0
fi
pd_time=$(secs "$t0" "$t1")
say "pandoc ($engine): the same briefing.md -> $(pages "$OUT/pandoc.pdf") pages in ${pd_time} s; pandoc.pdf $(size "$OUT/pandoc.pdf") bytes"
ratio=$(awk -v a="$cb_time" -v b="$pd_time" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 30 ? "met" : "NOT met") }')
say "whole run (reading and extracting $N articles too) against pandoc+$engine: callbrief is ${ratio}x faster (target: 30x, $verdict)"
if [ -n "$ts_time" ]; then
    ratio=$(awk -v a="$ts_time" -v b="$pd_time" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')
    verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 30 ? "met" : "NOT met") }')
    say "typesetting alone, Markdown -> PDF both: callbrief is ${ratio}x faster (target: 30x, $verdict)"
fi
