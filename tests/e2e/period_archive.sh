#!/bin/sh
# period_archive.sh — a run over a period with the archive decodes and
# links only the documents that can bring a call into it (lua/reach.lua,
# the reach table) and writes the very briefing linking every document
# writes: compared byte for byte over many weeks, months and open periods
# of an archive of generated articles and the development corpora.  The
# prefilter is off when the link chain has a plugin it does not know.
. "$top_srcdir/tests/e2e/tap.sh"
plan 32

# The archive: two years of generated articles, the development corpora
# (documents of 1991 to 2025, some without a publication date, with calls
# dated only by a weekday) and the Karabakh example.
lua5.4 "$top_srcdir/bench/gen-articles" -n 160 -s 3 "$WORK/in/gen22" >/dev/null
lua5.4 "$top_srcdir/bench/gen-articles" -n 60 -s 4 -y 2023 "$WORK/in/gen23" >/dev/null
for c in corpus corpus2 corpus3 holdout holdout3; do
    cp -r "$top_srcdir/tests/$c/docs" "$WORK/in/$c"
done
cp -r "$top_srcdir/examples/karabakh-2020/docs" "$WORK/in/karabakh"
export SOURCE_DATE_EPOCH=1700000000
run "$CALLBRIEF" -q -f json -o "$WORK/all" "$WORK/in"
ok "an archive of the generated articles and the corpora is made" 'status_is 0'
DB="$WORK/all/callbrief.db"

# A user link plugin that changes nothing: the prefilter does not know it,
# so with it every document is decoded and linked.
mkdir -p "$WORK/xdg-off/callbrief/plugins/link" "$WORK/xdg-on"
cat > "$WORK/xdg-off/callbrief/plugins/link/95-noop.lua" <<'EOF'
return { name = "noop", stage = "link", version = "1.0.0", api = 1,
  description = "changes nothing", run = function(b) return b end }
EOF

# both NAME PERIOD-OPTIONS...: the briefing with and without the prefilter
both() {
    name=$1; shift
    XDG_DATA_HOME="$WORK/xdg-on" "$CALLBRIEF" -v -f json,md --db "$DB" -o "$WORK/on/$name" "$@" "$WORK/in" 2> "$WORK/on-$name.err"
    XDG_DATA_HOME="$WORK/xdg-off" "$CALLBRIEF" -v -f json,md --db "$DB" -o "$WORK/off/$name" "$@" "$WORK/in" 2> "$WORK/off-$name.err"
}
same() {
    cmp "$WORK/on/$1/briefing.json" "$WORK/off/$1/briefing.json" &&
    cmp "$WORK/on/$1/briefing.md" "$WORK/off/$1/briefing.md" &&
    grep -q "every document is linked for the period: the link plugin noop" "$WORK/off-$1.err"
}
unread() { grep -q "left unread outside the period" "$WORK/on-$1.err"; }

n_unread=0
for w in 2022-W01 2022-W07 2022-W13 2022-W20 2022-W26 2022-W33 2022-W39 2022-W46 \
         2022-W52 2023-W10 2023-W30 2020-W42 2020-W11 2021-W10 2024-W15 2014-W11; do
    both "$w" --week "$w"
    ok "--week $w: the same briefing with the prefilter as without" "same $w"
    unread "$w" && n_unread=$((n_unread + 1))
done
for m in 2022-02 2022-07 2023-01 2020-10 2011-02; do
    both "m$m" --since "$m-01" --until "$m-28"
    ok "--since $m-01 --until $m-28: the same briefing" "same m$m"
    unread "m$m" && n_unread=$((n_unread + 1))
done
both since --since 2023-06-01
ok "--since 2023-06-01 (open end): the same briefing" "same since"
both until --until 2019-12-31
ok "--until 2019-12-31 (open start): the same briefing" "same until"
both last-week --period last-week
ok "--period last-week: the same briefing" "same last-week"
ok "most of these periods left documents unread" '[ "$n_unread" -ge 18 ] || { echo "$n_unread"; false; }'
ok "the documents left unread are listed outside the period" \
   'unread 2022-W20 && grep -q "\"id\": \"[^\"]*gen23/0001-" "$WORK/on/2022-W20/briefing.json"'
ok "a period's calls are numbered from call-1" \
   'grep -q "\"id\": \"call-1\"" "$WORK/on/2022-W20/briefing.json"'

# What the archive says of a document is not needed: without its row the
# document is decoded and the row written again; a new document is read.
sqlite3 "$DB" "DELETE FROM reach WHERE sha256 IN (SELECT sha256 FROM reach LIMIT 5)"
before=$(sqlite3 "$DB" "SELECT count(*) FROM reach")
both w20again --week 2022-W20
ok "without their reach rows, documents are decoded: the same briefing" \
   'same w20again && cmp "$WORK/on/2022-W20/briefing.json" "$WORK/on/w20again/briefing.json"'
ok "and the rows are written again" '[ "$(sqlite3 "$DB" "SELECT count(*) FROM reach")" -eq $((before + 5)) ]'
lua5.4 "$top_srcdir/bench/gen-articles" -n 5 -s 9 "$WORK/in/new" >/dev/null
both new --week 2022-W20
ok "new documents are read and stored with their reach" \
   'same new && grep -q "5 read" "$WORK/on-new.err" && [ "$(sqlite3 "$DB" "SELECT count(*) FROM reach")" -eq $((before + 10)) ]'

# An archive of schema 2 (before the reach table) is upgraded, and says so.
cp "$DB" "$WORK/v2.db"
sqlite3 "$WORK/v2.db" "DROP TABLE reach; PRAGMA user_version = 2"
XDG_DATA_HOME="$WORK/xdg-on" run "$CALLBRIEF" -v -f json --db "$WORK/v2.db" -o "$WORK/v2" --week 2022-W20 "$WORK/in"
ok "a schema 2 archive is upgraded with a message under -v, and writes the same briefing" \
   'status_is 0 && err_has "archive upgraded to schema 3" && cmp "$WORK/v2/briefing.json" "$WORK/on/new/briefing.json"'
finish
