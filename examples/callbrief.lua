-- examples/callbrief.lua — a commented example configuration, with every
-- key.  Try it from the top of the source tree:
--
--     ./callbrief --config examples/callbrief.lua --print-config
--     ./callbrief --config examples/callbrief.lua
--
-- which reads the worked example's articles and writes out/ (briefing.md,
-- briefing.json, summary.txt, calls.csv, ...).  Copy it to
-- ~/.config/callbrief/config.lua or ./callbrief.lua to make it yours.
-- Reference: doc/configuration.md.
--
-- It is Lua: comments start with "--", strings are quoted, lists are
-- { "a", "b" }.  Each assignment is checked as it is made; a mistake is
-- reported with this file's name, the line and the key.  Relative paths
-- are relative to this file's directory (examples/), not to where
-- callbrief runs.  The command line wins over everything here.

-- Inputs and output ---------------------------------------------------------

-- Files or directories to read when the command line names none
-- (.txt, .text, .md, .markdown and .jsonl files, searched recursively).
inputs = { "karabakh-2020/docs" }

-- Where the briefing goes (created if missing).  Default: "." (-o DIR).
output = "../out"

-- Which of briefing.md, .pdf, .json, .html to write.
-- Default: { "md", "pdf", "json" } (-f md,json).
formats = { "md", "json" }

-- The briefing's title.  Default: "Calls between leaders" (--title).
-- The configuration runs in the plugins' sandbox, so os.date is there.
title = "Calls between leaders, " .. os.date("!%B %Y", 1603065600)

-- The Markdown template (doc/templates.md).  Default: the built-in one.
-- template = "house-style.md"

-- PDF paper: "a4" or "letter".  Default: "a4" (--paper).
paper = "a4"

-- Inputs larger than this are skipped: bytes, or "500k", "10M", "1G"
-- (decimal units).  Default: "10M" (--max-input-size).
max_input_size = "10M"

-- Period and dated folders ---------------------------------------------------

-- Only the calls of a period: "last-week", "this-week", "last-month",
-- "this-month", an ISO week, or { from = "YYYY-MM-DD", to = "YYYY-MM-DD" }.
-- Default: every call (--period, --week, --since, --until).
-- period = "last-week"
-- period = { from = "2020-10-01", to = "2020-10-31" }

-- Write into OUTPUT/LABEL/ and point OUTPUT/latest at it; keep the newest
-- N such folders.  Defaults: false, keep all (--dated, --keep N).
-- dated = true
-- keep = 12

-- Threads for reading and extraction; the output is the same bytes
-- whatever the number.  Default: 1 (-j N).
jobs = 2

-- The archive of documents, extractions and briefings, reused by the next
-- run (an unchanged document is not extracted again; a changed plugin file,
-- lua/, data/ or this file makes it run again).  A path, or false for none.
-- Default: OUTPUT/callbrief.db (--db FILE, --no-db).
-- db = "/var/lib/callbrief/archive.db"

-- Plugins --------------------------------------------------------------------

-- Directories of your own plugins, each holding STAGE/*.lua.  They come
-- after the built-in plugins (plugins/STAGE/) and before
-- $XDG_DATA_HOME/callbrief/plugins/STAGE/.  A plugin named like a built-in
-- one replaces it; the others are added at the end of their stage, or
-- where their manifest's before/after puts them.  Here: two of the worked
-- examples of doc/plugins.md.
plugin_dirs = {
  "plugins/meetings",          -- in-person meetings beside calls
  "plugins/email-summary",     -- summary.txt and calls.csv
}

-- Plugins to load but not run, by name (in every stage that has one of
-- that name).  `callbrief plugins` shows them as "no".
disable = { "figures" }

-- Plugins run without the instruction and memory limits (still in the
-- sandbox).  Trust only code you know.  Shown as "trusted".
trusted = {}

-- Per stage, plugins to run first, in this order.
-- order = { extract = { "people", "calls", "meetings" } }

-- Settings for plugins, by plugin name: each gets its table as ctx.options.
options = {
  ["email-summary"] = { max_calls = 30 },
  meetings = { cues = { "received .- at " } },   -- "Putin received Erdoğan at the Kremlin"
}

-- Per call of a plugin (and per plugin file loaded): Lua VM instructions
-- and bytes of memory.  Defaults: 2000000000 and 1 GiB.
limits = { instructions = 2000000000, memory = "512M" }
