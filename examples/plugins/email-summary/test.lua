-- test.lua — the email-summary example's Lua test:
--
--     tests/luatest examples/plugins/email-summary/test.lua
local summary = plugin("examples/plugins/email-summary/render/40-email-summary.lua")

-- A render ctx whose output.write keeps the files in a table.
local function render_ctx(options)
  local c = ctx("render", "email-summary")
  local files = {}
  c.output = { write = function(name, data) files[name] = data; return true end }
  c.options = options or {}
  return c, files
end

local function briefing()
  return {
    title = "Calls on Karabakh", generated = "2020-11-01",
    period = { from = "2020-10-01", to = "2020-10-14" },
    documents = { { id = "a.txt" }, { id = "b.txt" }, { id = "c.txt" } },
    warnings = { { message = "one" }, { message = "two" } },
    calls = {
      { date = "2020-10-01", participants = { "Emmanuel Macron", "Vladimir Putin" },
        status = "held", medium = "phone", sources = { "a.txt" } },
      { date = "2020-10-14", participants = { "Recep Tayyip Erdoğan", "Vladimir Putin" },
        status = "held", medium = "phone", initiator = "Recep Tayyip Erdoğan",
        sources = { "a.txt", "b.txt" } },
      { participants = { 'Smith, John "Jack"', "Vladimir Putin" }, status = "planned",
        sources = { "c.txt" } },
    },
  }
end

test("summary.txt: title, period, counts, one line per call, warnings", function()
  local c, files = render_ctx()
  summary.run(briefing(), c)
  eq(files["summary.txt"], table.concat({
    "Calls on Karabakh",
    "Period: 2020-10-01 to 2020-10-14",
    "3 calls from 3 sources; generated 2020-11-01",
    "",
    "2020-10-01  Emmanuel Macron, Vladimir Putin: held, phone, 1 source",
    "2020-10-14  Recep Tayyip Erdoğan, Vladimir Putin: held, phone, initiated by Recep Tayyip Erdoğan, 2 sources",
    'undated     Smith, John "Jack", Vladimir Putin: planned, 1 source',
    "",
    "Warnings: 2 (listed at the end of the briefing)",
    "",
  }, "\n"))
end)

test("calls.csv: header, RFC 4180 quoting, CRLF", function()
  local c, files = render_ctx()
  summary.run(briefing(), c)
  eq(files["calls.csv"], table.concat({
    "date,participants,status,medium,initiator,sources",
    "2020-10-01,Emmanuel Macron; Vladimir Putin,held,phone,,1",
    "2020-10-14,Recep Tayyip Erdoğan; Vladimir Putin,held,phone,Recep Tayyip Erdoğan,2",
    ',"Smith, John ""Jack""; Vladimir Putin",planned,,,1',
    "",
  }, "\r\n"))
end)

test("csv fields: plain ones as they are, others quoted with doubled quotes", function()
  eq(summary.csv_field("plain text"), "plain text")
  eq(summary.csv_field(nil), "")
  eq(summary.csv_field(3), "3")
  eq(summary.csv_field('say "hi"'), '"say ""hi"""')
  eq(summary.csv_field("a,b"), '"a,b"')
  eq(summary.csv_field("two\nlines"), '"two\nlines"')
end)

test("an empty briefing and the options", function()
  local c, files = render_ctx({ max_calls = 1, csv = false, summary = "mail.txt" })
  summary.run({ calls = {}, documents = {}, warnings = {} }, c)
  eq(files["calls.csv"], nil)
  eq(files["mail.txt"], "Calls between leaders\nPeriod: no dated calls\n0 calls from 0 sources; generated ?\n\n"
    .. "No calls between leaders were found in these sources.\n\nWarnings: none\n")
  c, files = render_ctx({ max_calls = 1 })
  summary.run(briefing(), c)
  local text = files["summary.txt"]
  ok(text:find("\n\n2020-10-01  Emmanuel Macron, Vladimir Putin: held, phone, 1 source\n"
    .. "... and 2 more (see the briefing)\n\n", 1, true), text)
end)
