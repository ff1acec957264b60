#!/bin/sh
# install.sh — make install honours DESTDIR and installs everything the
# program needs: the binary, plugins, Lua libraries, templates, data and the
# man page; the staged tree runs.
. "$top_srcdir/tests/e2e/tap.sh"
plan 4
MAKE=${MAKE:-make}
ROOT="$WORK/root"
$MAKE -s -C "$top_builddir" install DESTDIR="$ROOT" >"$WORK/install.log" 2>&1
STATUS=$?
prefix=$(sed -n 's/^prefix = //p' "$top_builddir/Makefile")
SHARE="$ROOT$prefix/share/callbrief"
ok "make install DESTDIR=... succeeds" 'status_is 0 || { cat "$WORK/install.log"; false; }'
ok "binary, man page, plugins, libraries, templates and data are installed" \
   '[ -x "$ROOT$prefix/bin/callbrief" ] && [ -f "$ROOT$prefix/share/man/man1/callbrief.1" ] && [ -f "$SHARE/plugins/source/10-read.lua" ] && [ -f "$SHARE/lua/template.lua" ] && [ -f "$SHARE/templates/briefing.md" ] && [ -f "$SHARE/data/gazetteer/countries.yaml" ]'
CALLBRIEF_DATADIR="$SHARE" run "$ROOT$prefix/bin/callbrief" -q -o "$WORK/out" "$top_srcdir/examples/karabakh-2020"
ok "the installed program writes the briefing" 'status_is 0 && [ -s "$WORK/out/briefing.pdf" ]'
$MAKE -s -C "$top_builddir" uninstall DESTDIR="$ROOT" >/dev/null 2>&1
ok "make uninstall removes what install put there" '[ ! -e "$ROOT$prefix/bin/callbrief" ] && [ ! -e "$SHARE/plugins" ]'
finish
