#!/bin/sh
# fresh_state.sh — after link the briefing moves to a new Lua state (the
# corpus's state is closed, pipeline.c S_fresh_state): what compare and
# render plugins see is what link left, shared tables, cycles, integers,
# floats, markers and json.null included; a briefing holding what cannot
# move (a function) stays where it was and the run goes on.
. "$top_srcdir/tests/e2e/tap.sh"
plan 4

EX="$top_srcdir/examples/karabakh-2020"
P="$WORK/plugins"
mkdir -p "$P/link" "$P/compare" "$WORK/odd/link"
cat > "$P/link/shapes.lua" <<'LUA'
return { name = "shapes", stage = "link", version = "0.1", api = 1,
  run = function(b, ctx)
    local t = { label = "shared" }
    t.self = t
    b.probe = { a = t, b = t, n = 7, f = 7.0, half = 0.5, none = ctx.json.null,
      empty = ctx.json.array(), obj = ctx.json.object(), list = { 3, 2, 1 } }
    return b
  end }
LUA
cat > "$P/compare/check-shapes.lua" <<'LUA'
return { name = "check-shapes", stage = "compare", version = "0.1", api = 1,
  run = function(b, ctx)
    local p = assert(b.probe, "no probe")
    assert(rawequal(p.a, p.b), "shared table copied twice")
    assert(rawequal(p.a.self, p.a), "cycle lost")
    assert(math.type(p.n) == "integer" and math.type(p.f) == "float" and p.half == 0.5, "numbers changed")
    assert(p.none == ctx.json.null, "json.null lost")
    assert(ctx.json.encode(p.empty) == "[]" and ctx.json.encode(p.obj) == "{}", "markers lost")
    assert(table.concat(p.list, ",") == "3,2,1", "list changed")
    b.probe = nil
    return b
  end }
LUA
printf 'plugin_dirs = { "%s" }\n' "$P" > "$WORK/shapes.lua"
run "$CALLBRIEF" --config "$WORK/shapes.lua" --no-db -f md -o "$WORK/out1" "$EX"
ok "compare plugins see link's shared tables, cycles, numbers, markers and null as they were" \
   'status_is 0 && [ ! -s "$WORK/.stderr" ]'

run "$CALLBRIEF" --no-db -f md -o "$WORK/plain" "$EX"
ok "the briefing is the same as without the probe" 'cmp "$WORK/out1/briefing.md" "$WORK/plain/briefing.md"'

cat > "$WORK/odd/link/keeps-function.lua" <<'LUA'
return { name = "keeps-function", stage = "link", version = "0.1", api = 1,
  run = function(b) b.helper = function() return 1 end; return b end }
LUA
printf 'plugin_dirs = { "%s" }\n' "$WORK/odd" > "$WORK/odd.lua"
run "$CALLBRIEF" --config "$WORK/odd.lua" --no-db -vv -f md -o "$WORK/out2" "$EX"
ok "a briefing holding a function stays in the corpus's state, said at -vv" \
   'status_is 0 && err_has "the briefing stays in the corpus'"'"'s state (a function)"'
ok "and the run gives the same briefing" 'cmp "$WORK/out2/briefing.md" "$WORK/plain/briefing.md"'
finish
