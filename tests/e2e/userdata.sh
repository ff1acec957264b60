#!/bin/sh
# userdata.sh — additions to the gazetteer in a data folder of the user's
# (data_dirs, or $XDG_DATA_HOME/callbrief/data) are looked up like the
# built-in ones, without touching the installed files; options before the
# command word work.
. "$top_srcdir/tests/e2e/tap.sh"
plan 4
mkdir -p "$WORK/in" "$WORK/data/gazetteer/people"
cat > "$WORK/data/gazetteer/people/zz-local.yaml" <<'YAML'
- name: Jean-Baptiste Testperson
  aliases: [Testperson, Jean-Baptiste Testperson]
  country: FR
  roles:
    - {role: foreign minister, from: 2031-01-01}
YAML
cat > "$WORK/in/a.txt" <<'TXT'
---
title: Lavrov and Testperson talk by phone
date: 2031-03-05
---

Russian Foreign Minister Sergei Lavrov spoke by telephone with Testperson on Monday, the Russian Foreign Ministry said.
TXT
printf 'data_dirs = { "data" }\n' > "$WORK/with.lua"

run "$CALLBRIEF" -q --no-db -f json -o "$WORK/without" "$WORK/in"
ok "a name the gazetteer lacks is no participant" '! grep -q "Testperson" "$WORK/without/briefing.json" || ! grep -q "\"participants\"" "$WORK/without/briefing.json"'
run "$CALLBRIEF" -q --no-db --config "$WORK/with.lua" -f json -o "$WORK/with" "$WORK/in"
ok "with data_dirs the added person is found, by canonical name" \
   'status_is 0 && tr -d " \n" < "$WORK/with/briefing.json" | grep -q "\"participants\":\[\"Jean-BaptisteTestperson\",\"SergeyLavrov\"\]"'
XDG_DATA_HOME="$WORK/xdg" run "$CALLBRIEF" -q --no-db -f json -o "$WORK/xdg-out" "$WORK/in"
mkdir -p "$WORK/xdg/callbrief" && cp -r "$WORK/data" "$WORK/xdg/callbrief/data"
XDG_DATA_HOME="$WORK/xdg" run "$CALLBRIEF" -q --no-db -f json -o "$WORK/xdg-out" "$WORK/in"
ok "\$XDG_DATA_HOME/callbrief/data works the same" 'grep -q "Jean-Baptiste Testperson" "$WORK/xdg-out/briefing.json"'
run "$CALLBRIEF" --config "$WORK/with.lua" plugins
ok "options may come before the command word" 'status_is 0 && out_has "STAGE" && out_has "render "'
finish
