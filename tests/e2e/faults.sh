#!/bin/sh
# faults.sh — what a failure does to the output directory: a full disk, an
# output directory that cannot be written, kill -9 in the middle of a run,
# two runs at once, a malformed configuration, and plugins that loop or
# allocate without end under the configured limits.  In every case the
# previous briefing stays whole and the message says what happened.
. "$top_srcdir/tests/e2e/tap.sh"
SEEDS="$top_srcdir/examples/karabakh-2020/docs"
plan 23

mkdir -p "$WORK/in" "$WORK/prev"
cp "$SEEDS/000_3a25ef9a9304f9a8.txt" "$SEEDS/001_a374196c57635b37.txt" "$WORK/in/"

# A previous briefing to protect.  fresh DIR: a copy of it in DIR.
"$CALLBRIEF" -q -o "$WORK/prev" "$WORK/in" 2>"$WORK/prev.err" || { cat "$WORK/prev.err"; }
fresh() { rm -rf "$1"; cp -r "$WORK/prev" "$1"; }
# intact DIR: DIR's briefing is byte for byte the previous one.
intact() {
    for f in briefing.md briefing.pdf briefing.json; do
        cmp "$WORK/prev/$f" "$1/$f" || { echo "$1/$f changed"; return 1; }
    done
}
# whole DIR: briefing.md, .pdf and .json are complete files.
whole() {
    [ -s "$1/briefing.md" ] && tail -c 6 "$1/briefing.pdf" | grep -q '%%EOF' &&
    tail -c 2 "$1/briefing.json" | grep -q '}' || { echo "$1: a briefing file is incomplete"; ls -la "$1"; return 1; }
}
# no_partial DIR: nothing named briefing.* but the three complete files.
no_partial() {
    extra=$(ls "$1" | grep '^briefing\.' | grep -v -x -e briefing.md -e briefing.pdf -e briefing.json)
    [ -z "$extra" ] || { echo "unexpected: $extra"; return 1; }
}

ok "setup: a previous briefing" 'whole "$WORK/prev"'

# --- a full disk: an LD_PRELOAD shim fails write() under the directory ---
SHIM="$WORK/enospc.so"
if command -v cc >/dev/null 2>&1 &&
   cc -shared -fPIC -o "$SHIM" "$top_srcdir/tests/fault/enospc.c" -ldl 2>"$WORK/cc.err"; then
    for after in 0 3000 100000; do
        fresh "$WORK/full"
        # (an ASan build wants its runtime first: verify_asan_link_order=0)
        ENOSPC_DIR=$(cd "$WORK/full" && pwd -P) ENOSPC_AFTER=$after LD_PRELOAD="$SHIM" \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
            run "$CALLBRIEF" -o "$WORK/full" "$WORK/in"
        ok "disk full after $after bytes: failure status, No space left on device named" \
           '[ "$STATUS" -ne 0 ] && err_has "No space left on device"'
        ok "disk full after $after bytes: the previous briefing is intact, no temporaries left" \
           'intact "$WORK/full" && no_partial "$WORK/full" && [ -z "$(ls -A "$WORK/full" | grep "^\.briefing\.")" ]'
    done
else
    for i in 1 2 3 4 5 6; do echo "ok $((TAP_N + i)) # SKIP no C compiler for the ENOSPC shim"; done
    TAP_N=$((TAP_N + 6))
fi

# --- an output directory that cannot be written ---
fresh "$WORK/ro"
chmod 555 "$WORK/ro"
if [ "$(id -u)" -ne 0 ]; then
    run "$CALLBRIEF" -o "$WORK/ro" "$WORK/in"
    ok "unwritable output directory: status 1 or 5, the directory named" \
       '{ [ "$STATUS" -eq 1 ] || [ "$STATUS" -eq 5 ]; } && err_has "$WORK/ro"'
    ok "unwritable output directory: the previous briefing is intact" 'intact "$WORK/ro"'
else
    TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP running as root: permissions do not stop writes"
    TAP_N=$((TAP_N + 1)); echo "ok $TAP_N # SKIP running as root: permissions do not stop writes"
fi
chmod 755 "$WORK/ro"
echo x > "$WORK/afile"
run "$CALLBRIEF" -o "$WORK/afile/sub" "$WORK/in"
ok "an output path under a regular file: status 1, named" 'status_is 1 && err_has "afile"'

# --- kill -9 while the briefing is being written ---
mkdir -p "$WORK/big"
i=0
while [ $i -lt 40 ]; do
    for f in "$SEEDS"/*.txt; do cp "$f" "$WORK/big/$i-$(basename "$f")"; done
    i=$((i + 1))
done
fresh "$WORK/killed"
"$CALLBRIEF" -q -o "$WORK/killed" "$WORK/big" 2>/dev/null &
pid=$!
# kill when the first temporary appears (render is writing), else after 20 s
n=0
while [ $n -lt 2000 ] && kill -0 $pid 2>/dev/null; do
    ls -A "$WORK/killed" | grep -q '^\.briefing\.' && break
    sleep 0.01; n=$((n + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
ok "kill -9: briefing.md, .pdf and .json are each whole (old or new), nothing partial named briefing.*" \
   'whole "$WORK/killed" && no_partial "$WORK/killed"'
ls -A "$WORK/killed" | grep '^\.briefing\.' > "$WORK/stale" || true
run "$CALLBRIEF" -q -o "$WORK/killed" "$WORK/in"
ok "kill -9: the next run succeeds over the leftovers ($(wc -l < "$WORK/stale") stale temporaries)" \
   'status_is 0 && whole "$WORK/killed" && no_partial "$WORK/killed"'
ok "kill -9: leftover .briefing.*.XXXXXX temporaries are never taken for the briefing" \
   '! ls "$WORK/killed" | grep -q "^\.briefing" && intact "$WORK/killed"'

# --- two runs at once into one directory ---
fresh "$WORK/two"
"$CALLBRIEF" -q -o "$WORK/two" "$WORK/in" >"$WORK/a.out" 2>"$WORK/a.err" & a=$!
"$CALLBRIEF" -q -o "$WORK/two" "$WORK/in" >"$WORK/b.out" 2>"$WORK/b.err" & b=$!
wait $a; sa=$?; wait $b; sb=$?
ok "two runs at once: each ends 0 or 5 (the other holds the lock), at least one 0 (got $sa, $sb)" \
   '{ [ $sa -eq 0 ] || [ $sa -eq 5 ]; } && { [ $sb -eq 0 ] || [ $sb -eq 5 ]; } && [ $((sa * sb)) -eq 0 ]'
ok "two runs at once: the briefing is whole and nothing partial is left" \
   'whole "$WORK/two" && no_partial "$WORK/two" && intact "$WORK/two"'

# --- a malformed configuration ---
printf 'output = "%s"\n-- formats next\nformats = "md"\n' "$WORK/cfgout" > "$WORK/bad.lua"
run "$CALLBRIEF" --config "$WORK/bad.lua" "$WORK/in"
ok "malformed configuration: exit 2, file:line and the key named" \
   'status_is 2 && err_has "bad.lua:3:" && err_has "'"'"'formats'"'"'"'
printf 'limits = { instructions = 1e400 }\n' > "$WORK/bad2.lua"
run "$CALLBRIEF" --config "$WORK/bad2.lua" "$WORK/in"
ok "configuration with limits.instructions = 1e400: exit 2, the key named" \
   'status_is 2 && err_has "bad2.lua:1:" && err_has "limits.instructions"'

# --- plugins that loop or allocate without end, under limits ---
mkdir -p "$WORK/pl/extract"
trusted=$("$CALLBRIEF" plugins 2>/dev/null | awk 'NR > 1 { printf "\"%s\", ", $2 }')
cat > "$WORK/limits.lua" <<CFG
plugin_dirs = { "pl" }
limits = { instructions = 1000000, memory = "50M" }
trusted = { $trusted }
CFG
hostile() {  # hostile NAME BODY: a plugin whose run (or file) does BODY
    rm -f "$WORK/pl/extract/"*.lua
    cat > "$WORK/pl/extract/50-$1.lua"
    fresh "$WORK/lim"
    run timeout 60 "$CALLBRIEF" --config "$WORK/limits.lua" -o "$WORK/lim" "$WORK/in"
}
hostile loop <<'LUA'
return { name = "loop", stage = "extract", version = "0", api = 1,
         run = function() while true do end end }
LUA
ok "endless loop: instruction limit named, status 1, previous briefing intact" \
   'status_is 1 && err_has "plugin loop: (extract) failed on" && err_has "instruction limit exceeded (1 million instructions" && intact "$WORK/lim"'
hostile hog <<'LUA'
return { name = "hog", stage = "extract", version = "0", api = 1,
         run = function() local t = {} for i = 1, math.maxinteger do t[i] = ("x"):rep(1000) .. i end end }
LUA
ok "unbounded allocation: memory limit named, status 1, previous briefing intact" \
   'status_is 1 && err_has "plugin hog: (extract) failed on" && err_has "memory limit exceeded (50.0 MB" && intact "$WORK/lim"'
hostile stubborn <<'LUA'
return { name = "stubborn", stage = "extract", version = "0", api = 1,
         run = function() while true do pcall(function() while true do end end) end end }
LUA
ok "a loop that catches the limit error with pcall is still stopped" \
   'status_is 1 && err_has "instruction limit exceeded" && intact "$WORK/lim"'
hostile handler <<'LUA'
return { name = "handler", stage = "extract", version = "0", api = 1,
         run = function() while true do xpcall(function() while true do end end, function() while true do end end) end end }
LUA
ok "a looping xpcall message handler is stopped too" \
   'status_is 1 && err_has "instruction limit exceeded" && intact "$WORK/lim"'
hostile atload <<'LUA'
while true do end
return { name = "atload", stage = "extract", version = "0", api = 1, run = function() end }
LUA
ok "a plugin file that loops while loading is refused, the run goes on (status 4)" \
   'status_is 4 && err_has "50-atload.lua: plugin refused: instruction limit exceeded" && whole "$WORK/lim"'
hostile finalizer <<'LUA'
return { name = "finalizer", stage = "extract", version = "0", api = 1,
         run = function() setmetatable({}, { __gc = function() while true do end end }) end }
LUA
ok "a __gc finalizer (it would run outside every limit) is refused" \
   'status_is 1 && err_has "__gc finalizers are not allowed" && intact "$WORK/lim"'
finish
