#!/bin/sh
# plugin_errors.sh — a failing plugin is named with its file:line and the
# document; that document is skipped and the run goes on.  A malformed
# plugin is refused naming its file.
. "$top_srcdir/tests/e2e/tap.sh"
plan 6

DD="$WORK/datadir"
datadir_copy "$DD"
cat > "$DD/plugins/extract/99-fragile.lua" <<'LUA'
return {
  name = "fragile", stage = "extract", version = "0.1", api = 1,
  run = function(x, ctx)
    if x.document.text:find("Macron", 1, true) then
      local t = nil
      return t.field
    end
  end,
}
LUA
cat > "$DD/plugins/link/99-malformed.lua" <<'LUA'
return { name = "malformed", stage = "link", version = "0.1" }
LUA
cat > "$DD/plugins/compare/99-wrong-api.lua" <<'LUA'
return { name = "future", stage = "compare", version = "9", api = 7, run = function() end }
LUA

CALLBRIEF_DATADIR="$DD" run "$CALLBRIEF" -o "$WORK/out" "$top_srcdir/examples/karabakh-2020"
ok "a plugin failure gives exit status 4" 'status_is 4'
ok "the error names plugin, file:line, stage and document" \
   'err_has "plugins/extract/99-fragile.lua:6: plugin fragile: (extract) failed on " && err_has "003_a05659aaa7e80c9a.txt: attempt to index a nil value"'
ok "a plugin without run is refused naming its file" \
   'err_has "plugins/link/99-malformed.lua: plugin refused: field '"'"'run'"'"' must be a function (got nil)"'
ok "a plugin for another API version is refused saying which" \
   'err_has "99-wrong-api.lua: plugin refused: written for plugin API 7, this callbrief provides API 1"'
has_doc() { grep -qF "\"file\": \"docs/$1\"" "$WORK/out/briefing.json"; }
ok "the briefing is still written, without the failed document" \
   '[ -s "$WORK/out/briefing.md" ] && ! has_doc 003_a05659aaa7e80c9a.txt && has_doc 001_a374196c57635b37.txt'
ok "the failure is listed among the briefing's warnings" 'grep -q "fragile" "$WORK/out/briefing.md"'
finish
