#!/bin/sh
# sandbox.sh — one hostile plugin per way out of the sandbox and per limit.
# Each is refused with a message naming the plugin (asserted word for
# word), the run goes on (exit status 4; the briefing is written, without
# the input the plugin failed on), and nothing outside the output directory
# is created, changed or removed.
#
# The plugins are extract plugins attacking only on input a.txt, so the
# briefing still has b.txt; render plugins attack once (their files are
# dropped, the others' are kept).  Two plugins trying to share state must
# not see each other's (that run succeeds).  See doc/plugins.md, "The
# sandbox".
. "$top_srcdir/tests/e2e/tap.sh"
# No plugins from the developer's own ~/.local/share/callbrief/plugins.
XDG_DATA_HOME="$WORK/xdg-data"; export XDG_DATA_HOME
plan 40

mkdir -p "$WORK/in" "$WORK/cwd" "$WORK/p"
printf 'Putin and Erdogan spoke by telephone on Wednesday.\n' > "$WORK/in/a.txt"
printf 'Macron and Putin spoke by telephone on Thursday.\n' > "$WORK/in/b.txt"
echo "do not remove" > "$WORK/sentinel"
A="../in/a.txt"

# hostile NAME STAGE 'LUA' ['CONFIG LINES'] ['TOP-LEVEL LUA']: writes the
# plugin $WORK/p/NAME/STAGE/NAME.lua, whose run does LUA on line 4 (for an
# extract plugin only on a.txt), and the configuration $WORK/NAME.lua.
hostile() {
    mkdir -p "$WORK/p/$1/$2"
    if [ "$2" = extract ]; then when='value.document.id == "a.txt"'; else when=true; fi
    cat > "$WORK/p/$1/$2/$1.lua" <<LUA
${5:-local _ = nil}
return { name = "$1", stage = "$2", version = "0.1", api = 1,
  run = function(value, ctx) if $when then
    $3
  end end }
LUA
    printf 'plugin_dirs = { "p/%s" }\nformats = { "md", "json" }\n%s\n' "$1" "${4:-}" > "$WORK/$1.lua"
}

# cb NAME [ARGS]: runs callbrief in $WORK/cwd with NAME's configuration,
# writing into $WORK/out-NAME.  Paths are relative (../NAME.lua, ../in), so
# the messages are the same whatever $WORK is: plugin_dirs are relative to
# the configuration file, plugins are then ../p/NAME/STAGE/NAME.lua.
cb() {
    name=$1; shift
    (cd "$WORK/cwd" && "$CALLBRIEF" --config "../$name.lua" -o "../out-$name" "$@" ../in) \
        >"$WORK/.stdout" 2>"$WORK/.stderr"
    STATUS=$?
}

untouched() {
    [ "$(cat "$WORK/sentinel")" = "do not remove" ] || { echo "sentinel changed or removed"; return 1; }
    [ -z "$(ls -A "$WORK/cwd")" ] || { echo "files appeared in the working directory:"; ls -A "$WORK/cwd"; return 1; }
    [ ! -e "$WORK/pwned" ] || { echo "$WORK/pwned was created"; return 1; }
}

# The briefing was written from b.txt alone.
without_a() {
    j="$WORK/out-$1/briefing.json"
    [ -s "$j" ] || { echo "no briefing.json"; return 1; }
    grep -qF '"file": "b.txt"' "$j" || { echo "b.txt missing from the briefing"; return 1; }
    ! grep -qF '"file": "a.txt"' "$j" || { echo "a.txt is in the briefing"; return 1; }
}

# refused NAME MESSAGE: the extract plugin NAME failed on a.txt with MESSAGE
# at its line 4; the run went on without a.txt; nothing else was touched.
refused() {
    status_is 4 &&
    err_has "callbrief: ../p/$1/extract/$1.lua:4: plugin $1: (extract) failed on $A: $2" &&
    without_a "$1" && untouched
}

hostile io-open extract 'io.open("'"$WORK"'/pwned", "w")'
cb io-open
ok "io.open is not there" 'refused io-open "undefined global '"'io'"'"'

hostile io-popen extract 'io.popen("touch '"$WORK"'/pwned")'
cb io-popen
ok "io.popen is not there" 'refused io-popen "undefined global '"'io'"'"'

hostile os-execute extract 'os.execute("touch '"$WORK"'/pwned")'
cb os-execute
ok "os.execute is not there" 'refused os-execute "attempt to call a nil value (field '"'execute'"')"'

hostile os-remove extract 'os.remove("'"$WORK"'/sentinel")'
cb os-remove
ok "os.remove is not there; the sentinel file survives" 'refused os-remove "attempt to call a nil value (field '"'remove'"')"'

hostile os-getenv extract 'value.home = os.getenv("HOME")'
cb os-getenv
ok "os.getenv is not there" 'refused os-getenv "attempt to call a nil value (field '"'getenv'"')"'

hostile req-socket extract 'require("socket")'
cb req-socket
ok "require of a native module (socket) is refused" \
   'refused req-socket "module '"'socket'"' is not available to plugins (they may require lpeg and callbrief.*)"'

hostile req-so extract 'require("lpeg.so")'
cb req-so
ok "require of a shared object by name (lpeg.so) is refused" \
   'refused req-so "module '"'lpeg.so'"' is not available to plugins (they may require lpeg and callbrief.*)"'

hostile req-path extract 'require("callbrief.../../tests/fixtures/sandbox/probe")'
cb req-path
ok "require of a Lua file outside lua/ (callbrief.../../x) is refused" \
   'refused req-path "module '"'callbrief.../../tests/fixtures/sandbox/probe'"' is not available to plugins (they may require lpeg and callbrief.*)"'

hostile loadlib extract 'package.loadlib("libc.so.6", "system")'
cb loadlib
ok "package.loadlib is not there" 'refused loadlib "undefined global '"'package'"'"'

hostile load-text extract 'load("return 1")()'
cb load-text
ok "load of a text chunk is not possible" 'refused load-text "undefined global '"'load'"'"'

hostile loadstring extract 'loadstring("return 1")()'
cb loadstring
ok "loadstring is not there" 'refused loadstring "undefined global '"'loadstring'"'"'

hostile load-binary extract 'local f = load(string.dump(function() return 1 end), "x", "b")'
cb load-binary
ok "string.dump exists, but nothing loads its binary chunk" 'refused load-binary "undefined global '"'load'"'"'

hostile dofile extract 'dofile("/etc/passwd")'
cb dofile
ok "dofile is not there" 'refused dofile "undefined global '"'dofile'"'"'

mkdir -p "$WORK/p/binary/extract"
printf '\033Lua\124\000\031\223\015\012binary junk' > "$WORK/p/binary/extract/binary.lua"
printf 'plugin_dirs = { "p/binary" }\nformats = { "md", "json" }\n' > "$WORK/binary.lua"
cb binary
ok "a plugin file holding a binary chunk is refused, the run goes on without it" \
   'status_is 4 && err_has "callbrief: ../p/binary/extract/binary.lua: plugin refused: attempt to load a binary chunk (mode is '"'t'"')" &&
    grep -qF "\"file\": \"a.txt\"" "$WORK/out-binary/briefing.json" && untouched'

hostile debug-registry extract 'value.r = debug.getregistry()'
cb debug-registry
ok "debug.getregistry is not there" 'refused debug-registry "undefined global '"'debug'"'"'

hostile debug-sethook extract 'debug.sethook()'
cb debug-sethook
ok "debug.sethook (to lift the instruction limit) is not there" 'refused debug-sethook "undefined global '"'debug'"'"'

hostile set-global extract 'leaked = ctx'
cb set-global
ok "setting a global is refused" 'refused set-global "assignment to undeclared global '"'leaked'"' (declare it local)"'

hostile read-global extract 'value.x = secret_of_another_plugin'
cb read-global
ok "reading an undeclared global is refused" 'refused read-global "undefined global '"'secret_of_another_plugin'"'"'

# Two plugins: one plants values where a shared library table, a C module,
# the string library or the string metatable would carry them; the other,
# run after it, looks for them and fails if it sees any.
mkdir -p "$WORK/p/state/extract"
cat > "$WORK/p/state/extract/10-planter.lua" <<'LUA'
return { name = "planter", stage = "extract", version = "0.1", api = 1, before = "people",
  run = function(ex, ctx)
    ex.planted = true           -- the value itself is shared, by design
    require("callbrief.dates").planted = "secret"
    require("callbrief.json").planted = "secret"
    ctx.json.planted = "secret"
    string.planted = "secret"
    string.upper = function() return "PWNED" end
    pcall(function() getmetatable("").__index.planted = "secret" end)
  end }
LUA
cat > "$WORK/p/state/extract/20-reader.lua" <<'LUA'
return { name = "reader", stage = "extract", version = "0.1", api = 1, before = "people",
  run = function(ex, ctx)
    if not ex.planted then error("the planter did not run first") end
    local seen = {}
    if require("callbrief.dates").planted then seen[#seen + 1] = "dates" end
    if require("callbrief.json").planted then seen[#seen + 1] = "json" end
    if ctx.json.planted then seen[#seen + 1] = "ctx.json" end
    if string.planted or ("").planted then seen[#seen + 1] = "string" end
    if ("abc"):upper() ~= "ABC" or string.upper("abc") ~= "ABC" then seen[#seen + 1] = "upper" end
    if #seen > 0 then error("saw another plugin's state: " .. table.concat(seen, ", ")) end
  end }
LUA
printf 'plugin_dirs = { "p/state" }\nformats = { "json" }\n' > "$WORK/state.lua"
cb state
ok "a plugin cannot read what another planted in a library, a module or the string library" \
   'status_is 0 && ! err_has "saw another" 2>/dev/null && grep -qF "\"file\": \"a.txt\"" "$WORK/out-state/briefing.json" && untouched'

hostile extract-write extract 'ctx.output.write("x.txt", "data")'
cb extract-write
ok "a non-render plugin has no ctx.output to write with" \
   'refused extract-write "attempt to index a nil value (field '"'output'"')" && [ ! -e "$WORK/out-extract-write/x.txt" ]'

# render plugins: the failure drops their files only; the briefing is written.
render_refused() {  # render_refused NAME MESSAGE
    status_is 4 &&
    err_has "callbrief: ../p/$1/render/$1.lua:4: plugin $1: (render) failed: $2" &&
    grep -qF '"file": "a.txt"' "$WORK/out-$1/briefing.json" && untouched
}

hostile dotdot render 'assert(ctx.output.write("../x", "data"))'
cb dotdot
ok "output.write(\"../x\") is refused" \
   'render_refused dotdot "bad argument #1 to '"'write'"' (a plain file name expected (no '"'/'"', not hidden))" && [ ! -e "$WORK/x" ]'

# An absolute path inside $WORK stands for /etc/x: the same check refuses
# both, and a failure of the check would not write into /etc.
hostile absolute render 'assert(ctx.output.write("'"$WORK"'/pwned", "data"))'
cb absolute
ok "output.write(\"/abs/path\") is refused" \
   'render_refused absolute "bad argument #1 to '"'write'"' (a plain file name expected (no '"'/'"', not hidden))"'

hostile pieces render 'assert(ctx.output.write("pieces.txt", "one", ", ", "two\n"))'
cb pieces
ok "output.write writes its pieces one after the other" \
   'status_is 0 && [ "$(cat "$WORK/out-pieces/pieces.txt")" = "one, two" ]'

hostile badpiece render 'assert(ctx.output.write("bad.txt", "one", {}))'
cb badpiece
ok "output.write refuses a piece that is not a string" \
   'render_refused badpiece "bad argument #3 to '"'write'"' (string expected, got table)" && [ ! -e "$WORK/out-badpiece/bad.txt" ]'

hostile hidden render 'assert(ctx.output.write(".callbrief.lock", "data"))'
cb hidden
ok "output.write of a hidden name (.callbrief.lock) is refused" \
   'render_refused hidden "bad argument #1 to '"'write'"' (a plain file name expected (no '"'/'"', not hidden))"'

LIMIT='limits = { instructions = 10000000 }'
LIMITMSG='instruction limit exceeded (10 million instructions; raise limits.instructions or mark the plugin trusted)'
hostile spin extract 'while true do end' "$LIMIT"
cb spin
ok "an endless loop stops at the instruction limit" \
   'status_is 4 && err_has "callbrief: ../p/spin/extract/spin.lua: plugin spin: (extract) failed on $A: $LIMITMSG" && without_a spin && untouched'

cb spin -j 2
ok "the limit holds on worker threads too (-j 2)" \
   'status_is 4 && err_has "callbrief: ../p/spin/extract/spin.lua: plugin spin: (extract) failed on $A: $LIMITMSG" && without_a spin && untouched'

hostile stubborn extract 'while true do pcall(function() while true do end end) end' "$LIMIT"
cb stubborn
ok "catching the limit error with pcall does not get round it" \
   'status_is 4 && err_has "plugin stubborn: (extract) failed on $A: $LIMITMSG" && without_a stubborn && untouched'

hostile coro extract 'co()' "$LIMIT" 'local co = coroutine.wrap(function() coroutine.yield() while true do end end) co()'
cb coro
ok "a coroutine made when the file loads is under the limit too" \
   'status_is 4 && err_has "plugin coro: (extract) failed on $A: $LIMITMSG" && without_a coro && untouched'

hostile toplevel extract 'local _ = 1' "$LIMIT" 'while true do end'
cb toplevel
ok "an endless loop in the file's top level is stopped; the plugin is refused" \
   'status_is 4 && err_has "callbrief: ../p/toplevel/extract/toplevel.lua: plugin refused: $LIMITMSG" &&
    grep -qF "\"file\": \"a.txt\"" "$WORK/out-toplevel/briefing.json" && untouched'

hostile finalizer extract 'setmetatable({}, { __gc = function() while true do end end })' "$LIMIT"
cb finalizer
ok "a __gc finalizer (which would run outside any limit) is refused" \
   'refused finalizer "setmetatable: __gc finalizers are not allowed in plugins"'

hostile hog extract 'local t = {} for i = 1, 1e9 do t[i] = ("x"):rep(64) .. i end' 'limits = { memory = "50M" }'
cb hog
ok "unbounded allocation stops at the memory limit" \
   'status_is 4 && err_has "callbrief: ../p/hog/extract/hog.lua: plugin hog: (extract) failed on $A: memory limit exceeded (50.0 MB for one call; raise limits.memory or mark the plugin trusted)" &&
    without_a hog && untouched'

# About 20 million instructions: over a limit of 10 million, fine when trusted.
hostile busy extract 'local n = 0 for i = 1, 5000000 do n = n + i end value.busy = n' "$LIMIT"
cb busy
ok "a long but finite plugin is stopped by a low instruction limit" \
   'status_is 4 && err_has "plugin busy: (extract) failed on $A: $LIMITMSG"'
printf 'trusted = { "busy" }\n' >> "$WORK/busy.lua"
(cd "$WORK" && "$CALLBRIEF" plugins --config busy.lua) >"$WORK/.stdout" 2>&1
ok "trusted = { \"busy\" } lifts the limit: the same run succeeds" \
   'grep -q "^extract  busy .* trusted " "$WORK/.stdout" && cb busy && status_is 0 && grep -qF "\"file\": \"a.txt\"" "$WORK/out-busy/briefing.json" && untouched'

# Lua shortens long chunk names ("...p/name/extract/name.lua") in the
# messages the host takes the file:line from.
LONG="$WORK/p/a-plugin-folder-with-a-rather-long-name-as-users-make-them"
mkdir -p "$LONG/extract"
sed 's/io-open/long-path/g' "$WORK/p/io-open/extract/io-open.lua" > "$LONG/extract/long-path.lua"
printf 'plugin_dirs = { "%s" }\nformats = { "json" }\n' "$LONG" > "$WORK/long-path.lua"
cb long-path
ok "a plugin in a long path is named in full" \
   'status_is 4 && err_has "callbrief: $LONG/extract/long-path.lua:4: plugin long-path: (extract) failed on $A:"'

# Lua patterns backtrack inside C, where the instruction hook never runs;
# callbrief's string.find/match/gmatch/gsub count their steps (lua_pattern.c).
hostile backtrack extract 'value.x = ("a"):rep(300):find(".-.-.-.-.-.-.-.-b")' "$LIMIT"
cb backtrack
ok "a backtracking string pattern stops at the instruction limit" \
   'status_is 4 && err_has "plugin backtrack: (extract) failed on $A: $LIMITMSG" && without_a backtrack && untouched'
hostile gsubtrack extract 'value.x = ("a"):rep(300):gsub("a-a-a-a-a-a-a-a-b", "")' "$LIMIT"
cb gsubtrack -j 2
ok "so does gsub, on a worker thread" \
   'status_is 4 && err_has "plugin gsubtrack: (extract) failed on $A: $LIMITMSG" && without_a gsubtrack && untouched'

# An LPeg grammar that backtracks exponentially runs in C (lpeg.match) and
# never comes back: the watchdog ends the run soon after the time limit,
# and the previous briefing in the output directory stays as it was.  (The
# built-in plugins are trusted here: under the sanitizers the first
# document's people plugin, which indexes the gazetteer, can take a second.)
BUILTINS=$("$CALLBRIEF" plugins | awk 'NR > 1 { printf "\"%s\", ", $2 }')
hostile lpegtrack extract 'local P, V = lpeg.P, lpeg.V
    value.x = P{ "S", S = P"a" * V"S" * P"b" + P"a" * V"S" * P"c" + P"a" }:match(("a"):rep(60))' \
   "limits = { seconds = 1 }
trusted = { $BUILTINS }" 'local lpeg = require("lpeg")'
(cd "$WORK/cwd" && "$CALLBRIEF" -f md,json -o ../out-lpegtrack ../in) >/dev/null 2>&1
cp "$WORK/out-lpegtrack/briefing.md" "$WORK/lpegtrack-before.md"
ls -A "$WORK/out-lpegtrack" > "$WORK/lpegtrack-before.ls"
cb lpegtrack
ok "an LPeg grammar stuck in C ends the run (status 4, named), the previous briefing intact" \
   'status_is 4 && err_has "callbrief: ../p/lpegtrack/extract/lpegtrack.lua: plugin lpegtrack: (extract) stopped on $A: time limit exceeded inside a C function (1 seconds for one call); the run is abandoned, nothing written" &&
    cmp "$WORK/out-lpegtrack/briefing.md" "$WORK/lpegtrack-before.md" &&
    ls -A "$WORK/out-lpegtrack" | grep -v -e "^callbrief.db-wal$" -e "^callbrief.db-shm$" | cmp - "$WORK/lpegtrack-before.ls" && untouched'

# A render plugin cannot replace another plugin's file, nor leave a
# callbrief.lua that the next run in that directory would read as its
# configuration (the default output directory is the working directory).
hostile planter render 'ctx.output.write("briefing.md", "# nothing to see\n"); ctx.output.write("callbrief.lua", "trusted = { \"planter\" }\n")'
cb planter
ok "a render plugin cannot overwrite another plugin's briefing.md" \
   'grep -q "^# Calls between leaders" "$WORK/out-planter/briefing.md"'
ok "a render plugin cannot leave a configuration file (callbrief.lua) behind" \
   '[ ! -e "$WORK/out-planter/callbrief.lua" ]'
finish
