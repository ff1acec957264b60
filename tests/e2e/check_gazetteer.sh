#!/bin/sh
# check_gazetteer.sh — scripts/check-gazetteer passes the shipped gazetteer
# and refuses a person's `gender` other than f or m, naming file:line.
# Needs Python 3 with PyYAML; skipped (TAP "skip") without it.
. "$top_srcdir/tests/e2e/tap.sh"
if ! python3 -c 'import yaml' >/dev/null 2>&1; then
    echo "1..0 # SKIP python3-yaml is not installed"
    exit 0
fi
plan 4
CHECK="$top_srcdir/scripts/check-gazetteer"
run python3 "$CHECK" -q "$top_srcdir/data/gazetteer"
ok "the shipped gazetteer passes" 'status_is 0 && out_has " 0 errors"'

cp -r "$top_srcdir/data/gazetteer" "$WORK/g"
cat >> "$WORK/g/people/fr.yaml" <<'YAML'

- name: Jeanne Testperson
  aliases: [Testperson]
  country: FR
  gender: f
  roles:
    - {role: special envoy, from: 2031-01-01}

- name: Jean Testperson
  country: FR
  gender: m
  roles:
    - {role: special envoy, from: 2030-01-01, to: 2031-01-01}
YAML
run python3 "$CHECK" -q "$WORK/g"
ok "gender f and m are accepted" 'status_is 0'

line=$(($(wc -l < "$WORK/g/people/fr.yaml") + 4))
cat >> "$WORK/g/people/fr.yaml" <<'YAML'

- name: Camille Testperson
  country: FR
  gender: female
  roles:
    - {role: special envoy, from: 2031-01-01}
YAML
run python3 "$CHECK" -q "$WORK/g"
ok "another value is an error at file:line" \
   "status_is 1 && out_has \"error: $WORK/g/people/fr.yaml:$line: Camille Testperson: gender 'female' must be f or m\""
ok "nothing else is wrong" 'grep -c "^error:" "$WORK/.stdout" | grep -qx 1'
finish
