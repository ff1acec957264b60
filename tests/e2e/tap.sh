# tap.sh — a few TAP helpers for the end-to-end tests (sourced).
# Environment from make check: CALLBRIEF, top_srcdir, top_builddir.
: "${CALLBRIEF:=$top_builddir/callbrief}"
TAP_N=0
TAP_FAILED=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cb-e2e.XXXXXX")
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

plan() { echo "1..$1"; }

ok() {   # ok DESCRIPTION 'SHELL CODE' : passes when the code succeeds
    desc=$1; shift
    TAP_N=$((TAP_N + 1))
    if eval "$1" >"$WORK/.out" 2>&1; then
        echo "ok $TAP_N - $desc"
    else
        TAP_FAILED=$((TAP_FAILED + 1))
        echo "not ok $TAP_N - $desc"
        sed 's/^/# /' "$WORK/.out" | head -40
    fi
}

# run CMD...: runs a command, keeping its stdout, stderr and status in
# $WORK/.stdout, $WORK/.stderr and $STATUS.
run() {
    "$@" >"$WORK/.stdout" 2>"$WORK/.stderr"
    STATUS=$?
}

status_is() { [ "$STATUS" -eq "$1" ] || { echo "status $STATUS, want $1"; cat "$WORK/.stderr"; return 1; }; }
err_has() { grep -qF -- "$1" "$WORK/.stderr" || { echo "stderr lacks: $1"; cat "$WORK/.stderr"; return 1; }; }
out_has() { grep -qF -- "$1" "$WORK/.stdout" || { echo "stdout lacks: $1"; head -50 "$WORK/.stdout"; return 1; }; }
file_has() { grep -qF -- "$2" "$1" || { echo "$1 lacks: $2"; return 1; }; }

# datadir_copy DIR: a copy of callbrief's run-time files (plugins/, lua/,
# templates/, data/) in DIR, for CALLBRIEF_DATADIR with built-ins changed.
datadir_copy() {
    mkdir -p "$1"
    cp -r "$top_srcdir/plugins" "$top_srcdir/lua" "$top_srcdir/templates" "$top_srcdir/data" "$1/"
}

finish() { exit $((TAP_FAILED > 0)); }
