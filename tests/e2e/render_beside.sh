#!/bin/sh
# render_beside.sh — with -j 2 the PDF is typeset (pdf.write) while the
# render plugins after it run on another thread, and briefing.json is
# written as it is encoded (output.write_json): the same bytes as the
# serial path (-j 1, where pdf.write typesets at once), failures still
# reported with the plugin's name and file:line, and a failed run leaves
# the previous briefing as it was.
. "$top_srcdir/tests/e2e/tap.sh"
plan 14

EX="$top_srcdir/examples/karabakh-2020"
export SOURCE_DATE_EPOCH=1700000000
lua5.4 "$top_srcdir/bench/gen-articles" -n 150 -s 3 "$WORK/gen" >/dev/null

same() {   # same DIR1 DIR2: the same files, byte for byte
    [ "$(ls "$1")" = "$(ls "$2")" ] || { echo "files differ: $(ls "$1") / $(ls "$2")"; return 1; }
    for f in $(ls "$1"); do cmp "$1/$f" "$2/$f" || return 1; done
}
run "$CALLBRIEF" --no-db -j 1 -o "$WORK/s1" "$EX" "$WORK/gen"
ok "serial run (-j 1) succeeds" 'status_is 0'
run "$CALLBRIEF" --no-db -j 2 -v -o "$WORK/p1" "$EX" "$WORK/gen"
ok "with -j 2 the PDF is made beside the later render plugins" \
   'status_is 0 && err_has "beside them: files made"'
ok "and every file is the serial run's, byte for byte" 'same "$WORK/s1" "$WORK/p1"'
run "$CALLBRIEF" --no-db -j 2 -f pdf,json -o "$WORK/p2" "$EX"
run "$CALLBRIEF" --no-db -j 1 -f pdf,json -o "$WORK/s2" "$EX"
ok "so are PDF and JSON alone" 'same "$WORK/s2" "$WORK/p2"'

# A render plugin after pdf fails on the helper thread; one before json
# leaves something json must see.
P="$WORK/plugins"
mkdir -p "$P/render"
cat > "$P/render/late.lua" <<'LUA'
return { name = "late", stage = "render", version = "0.1", api = 1, after = "pdf",
  run = function(b, ctx)
    assert(ctx.output.write("late.txt", "late\n"))
    b.title = "Retitled after pdf"
    local t = nil
    return t.boom
  end }
LUA
printf 'plugin_dirs = { "%s" }\n' "$P" > "$WORK/late.lua"
run "$CALLBRIEF" --config "$WORK/late.lua" --no-db -j 2 -o "$WORK/p3" "$EX"
ok "a plugin failing beside the typesetting is reported with its file:line, exit 4" \
   'status_is 4 && err_has "late.lua:6: plugin late: (render) failed: " && err_has "attempt to index a nil value"'
ok "its file is dropped, the PDF kept, and json saw what it changed" \
   '[ ! -e "$WORK/p3/late.txt" ] && [ -s "$WORK/p3/briefing.pdf" ] && file_has "$WORK/p3/briefing.json" "Retitled after pdf"'

# The typesetting itself fails (no fonts where told to look): found only
# after the later plugins ran; reported against the plugin, its files
# dropped, the others written.
mkdir -p "$WORK/bad/render"
cat > "$WORK/bad/render/pdf.lua" <<'LUA'
return { name = "pdf", stage = "render", version = "9", api = 1,
  run = function(b, ctx)
    assert(ctx.output.write("pdf-note.txt", "note\n"))
    assert(ctx.pdf.write("briefing.pdf", b.markdown, { font_dir = "/nonexistent-fonts" }))
  end }
LUA
printf 'plugin_dirs = { "%s" }\n' "$WORK/bad" > "$WORK/bad.lua"
run "$CALLBRIEF" --config "$WORK/bad.lua" --no-db -j 2 -o "$WORK/p4" "$EX"
ok "a typesetting failure beside is reported as the plugin's, at its pdf.write line, exit 4" \
   'status_is 4 && err_has "bad/render/pdf.lua:4: plugin pdf: (render) failed: pdf.render: DejaVu Sans not found"'
ok "and drops that plugin's files only" \
   '[ ! -e "$WORK/p4/briefing.pdf" ] && [ ! -e "$WORK/p4/pdf-note.txt" ] && [ -s "$WORK/p4/briefing.json" ] && [ -s "$WORK/p4/briefing.md" ]'
run "$CALLBRIEF" --config "$WORK/bad.lua" --no-db -j 1 -o "$WORK/s4" "$EX"
ok "the serial path reports the same failure" \
   'status_is 4 && err_has "bad/render/pdf.lua:4: plugin pdf: (render) failed: " && err_has "pdf.render: DejaVu Sans not found"'

# Typesetting that outlasts the time limit of the call that asked for it
# (it runs after that call returned, beside the next plugins): the
# watchdog ends the run naming the plugin and its pdf.write line, and the
# previous briefing stays.  Only the pdf plugin runs under the limit.
mkdir -p "$WORK/slow/render"
cat > "$WORK/slow/render/pdf.lua" <<'LUA'
return { name = "pdf", stage = "render", version = "9", api = 1,
  run = function(b, ctx)
    -- (made in one rep, the plugin's own work stays far inside the limit;
    -- lists and quotes, many blocks a page, typeset for some seconds)
    local md = "# A very long briefing\n\n" ..
      ("- item one\n- item two\n- item three\n\n> quoted line\n\n"):rep(120000)
    assert(ctx.pdf.write("briefing.pdf", md, {}))
  end }
LUA
TRUST=$("$CALLBRIEF" plugins | awk 'NR > 1 && $2 != "pdf" { printf "\"%s\", ", $2 }')
printf 'plugin_dirs = { "%s" }\ntrusted = { %s }\nlimits = { seconds = 0.3 }\n' "$WORK/slow" "$TRUST" > "$WORK/slow.lua"
cp -r "$WORK/p1" "$WORK/slowout"
run "$CALLBRIEF" --config "$WORK/slow.lua" --no-db -j 2 -o "$WORK/slowout" "$EX"
ok "typesetting past the time limit ends the run (exit 4) naming the plugin's pdf.write line; the previous briefing whole" \
   'status_is 4 && err_has "slow/render/pdf.lua:7: plugin pdf: (render) stopped: typesetting briefing.pdf took longer than the time limit (0.3 seconds for one call)" &&
    same "$WORK/p1" "$WORK/slowout"'

# A briefing.json that cannot be encoded: nothing half-written, the
# previous briefing kept whole.
cp -r "$WORK/p1" "$WORK/keep"
mkdir -p "$WORK/odd/render"
cat > "$WORK/odd/render/json.lua" <<'LUA'
return { name = "json", stage = "render", version = "9", api = 1,
  run = function(b, ctx)
    assert(ctx.output.write_json("briefing.json", { calls = b.calls, bad = { 1, 2, ctx.log.info } }, { indent = 2 }, "\n"))
  end }
LUA
printf 'plugin_dirs = { "%s" }\n' "$WORK/odd" > "$WORK/odd.lua"
run "$CALLBRIEF" --config "$WORK/odd.lua" --no-db -j 2 -o "$WORK/keep" "$EX"
ok "an encoding error in write_json names the plugin, its line and the value's path" \
   'status_is 4 && err_has "odd/render/json.lua:3: plugin json: (render) failed: json.encode: \$.bad[3]: cannot encode a function"'
ok "and leaves no temporary behind" '[ -z "$(ls -A "$WORK/keep" | grep "^\.briefing")" ]'
# A full disk while json streams and the PDF is written beside it
SHIM="$WORK/enospc.so"
if command -v cc >/dev/null 2>&1 &&
   cc -shared -fPIC -o "$SHIM" "$top_srcdir/tests/fault/enospc.c" -ldl 2>"$WORK/cc.err"; then
    for after in 300000 900000; do
        rm -rf "$WORK/full" && cp -r "$WORK/p1" "$WORK/full"
        ENOSPC_DIR=$(cd "$WORK/full" && pwd -P) ENOSPC_AFTER=$after LD_PRELOAD="$SHIM" \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
            run "$CALLBRIEF" --no-db -j 2 --title "Another" -o "$WORK/full" "$EX" "$WORK/gen"
        ok "disk full after $after bytes at -j 2: failure named, the previous briefing whole, no temporaries" \
           '[ "$STATUS" -ne 0 ] && err_has "No space left on device" && same "$WORK/p1" "$WORK/full" && [ -z "$(ls -A "$WORK/full" | grep "^\.briefing")" ]'
    done
else
    for i in 1 2; do echo "ok $((TAP_N + i)) # SKIP no C compiler for the ENOSPC shim"; done
    TAP_N=$((TAP_N + 2))
fi
finish
