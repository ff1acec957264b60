-- test_render.lua — the template engine and the render plugins' views.
local template = require("callbrief.template")

test("variables are escaped, triple braces are not", function()
  local esc = function(s) return (s:gsub("%*", "\\*")) end
  eq(template.render("a {{x}} {{{x}}} {{&x}}", { x = "*b*" }, { escape = esc }), "a \\*b\\* *b* *b*")
end)

test("sections iterate lists and open tables", function()
  eq(template.render("{{#l}}[{{.}}]{{/l}}", { l = { 1, 2, 3 } }), "[1][2][3]")
  eq(template.render("{{#t}}{{a}}-{{b}}{{/t}}", { b = "outer", t = { a = "inner" } }), "inner-outer")
  eq(template.render("{{#f}}no{{/f}}{{^f}}yes{{/f}}", { f = {} }), "yes")
  eq(template.render("{{a.b.c}}", { a = { b = { c = "deep" } } }), "deep")
end)

test("standalone tag lines vanish", function()
  eq(template.render("x\n{{#l}}\n- {{.}}\n{{/l}}\ny\n", { l = { "a", "b" } }), "x\n- a\n- b\ny\n")
  eq(template.render("{{! note }}\nkept\n", {}), "kept\n")
end)

test("unbalanced sections are reported", function()
  local okay, err = pcall(template.compile, "{{#a}}x", "t.md")
  ok(not okay and err:find("t.md: {{#a}} is never closed", 1, true), err)
  okay, err = pcall(template.compile, "x\n{{/a}}", "t.md")
  ok(not okay and err:find("closes nothing open (line 2)", 1, true), err)
end)

test("partials come from the partial function", function()
  local parts = { p = template.compile("<{{v}}>") }
  eq(template.render("a{{> p}}b", { v = 1 }, { partial = function(n) return parts[n] end }), "a<1>b")
end)

test("the markdown plugin renders calls, sides and sources", function()
  local md = plugin("plugins/render/10-markdown.lua")
  local c = ctx("render", "markdown")
  c.run.formats = { pdf = true }   -- the Markdown is built, briefing.md not written
  local b = {
    title = "T", generated = "2020-11-01", period = { from = "2020-10-14", to = "2020-10-14" },
    documents = { { id = "a.txt", title = "A", outlet = "AFP", published = "2020-10-14" } },
    calls = { {
      participants = { "Recep Tayyip Erdoğan", "Vladimir Putin" }, date = "2020-10-14",
      date_basis = "relative", status = "held", medium = "phone", sources = { "a.txt" },
      claims = { { side = "Russia", speaker = "joint", via = "Kremlin", text = "peace [now]", source = "a.txt" } },
      by_side = { { side = "Russia", claims = { 1 } } },
    } },
  }
  local out = md.run(b, c).markdown
  ok(out:find("# T\n", 1, true), out)
  ok(out:find("## Recep Tayyip Erdoğan and Vladimir Putin, 14 October 2020", 1, true), out)
  ok(out:find("### Each side's account\n\n| Russia (Kremlin) |\n|---|\n| peace \\[now\\] [\\[1\\]](#sources) |", 1, true), out)
  ok(out:find("1. AFP: A (2020-10-14). `a.txt`", 1, true), out)
end)

test("bottom line: counts, most active, planned, denied, undated", function()
  local bluf = require("callbrief.bluf")
  local calls = {
    { participants = { "B", "A" }, status = "held", date = "2020-01-01" },
    { participants = { "A", "B" }, status = "held", date = "2020-01-05" },
    { participants = { "A", "C", "D" }, status = "planned", date = "2020-01-09" },
    { participants = { "C", "E" }, status = "denied" },
  }
  local lines = bluf.lines({ calls = calls }, function(d) return d end)
  eq(lines, {
    "4 contacts reported: 2 held, 1 planned, 1 denied.",
    "Most active pair: A and B, 2 calls.",
    "Most active leader: A, on 2 calls.",
    "Planned: A, C and D (2020-01-09).",
    "Denied or not scheduled: C and E.",
    "1 contact could not be dated from the sources.",
  })
  eq(bluf.lines({ calls = {} }, tostring), { "No calls between leaders were found in these sources." })
end)

test("changes since the previous briefing: new, changed, same", function()
  local p = plugin("plugins/compare/90-changes.lua")
  local b = {
    calls = {
      { participants = { "Vladimir Putin", "Recep Tayyip Erdoğan" }, date = "2020-10-14", status = "held", sources = { "a" } },
      { participants = { "Vladimir Putin", "Emmanuel Macron" }, date = "2020-10-01", status = "held", sources = { "b", "c" } },
      { participants = { "Vladimir Putin", "Ilham Aliyev" }, date = "2020-10-20", status = "planned", sources = { "d" } },
    },
    previous_calls = {
      { participants = { "Recep Tayyip Erdogan", "Vladimir Putin" }, date = "2020-10-14", status = "held", sources = { "a" } },
      { participants = { "Emmanuel Macron", "Vladimir Putin" }, date = "2020-10-01", status = "held", sources = { "b" } },
    },
  }
  local out = p.run(b, ctx("compare", "changes"))
  eq(out.calls[1].change, nil)
  eq(out.calls[2].change, "changed")
  eq(out.calls[2].changed, { "sources" })
  eq(out.calls[3].change, "new")
  eq(out.changes, { new = 1, changed = 1 })
  eq(out.previous_calls, nil)
end)

test("a JSON-only run builds no Markdown and no figures", function()
  local b = { title = "T", calls = { { participants = { "A", "B" }, date = "2020-10-14", status = "held",
    sources = { "a.txt" }, claims = {}, by_side = {} } }, documents = {} }
  for _, name in ipairs({ "07-figures", "10-markdown" }) do
    local c = ctx("render", name:sub(4))
    c.run.formats = { json = true }
    b = plugin("plugins/render/" .. name .. ".lua").run(b, c)
  end
  eq(b.markdown, nil)
  eq(b.figures, nil)
end)

test("the markdown plugin shows both said, only one side said and differences", function()
  local md = plugin("plugins/render/10-markdown.lua")
  local c = ctx("render", "markdown")
  c.run.formats = { pdf = true }   -- the Markdown is built, briefing.md not written
  local ref = function(side, text, claim) return { side = side, text = text, claim = claim, source = "a.txt", polarity = 1 } end
  local b = {
    title = "T", generated = "2020-11-01",
    documents = { { id = "a.txt", title = "A", outlet = "AFP" } },
    calls = { {
      participants = { "A", "B" }, date = "2020-10-14", date_basis = "stated", status = "held",
      sources = { "a.txt" },
      claims = { { side = "X", text = "a ceasefire is needed", source = "a.txt" },
                 { side = "Y", text = "a truce is needed", source = "a.txt" },
                 { side = "Y", text = "X started the call", source = "a.txt" } },
      by_side = { { side = "X", claims = { 1 } }, { side = "Y", claims = { 2, 3 } } },
      comparison = {
        sides = { "X", "Y" },
        both = { { points = { ref("X", "a ceasefire is needed", 1), ref("Y", "a truce is needed", 2) } } },
        only = { { side = "Y", points = { ref("Y", "X started the call", 3) } } },
        differ = { { kind = "initiative", points = { ref("Y", "X started the call", 3) }, note = "Y says X called" } },
      },
    } },
    comparisons = { { kind = "shift", side = "X", topic = "ceasefire", change = "reversed",
      note = "X reversed its line", steps = { { date = "2020-10-14", points = { ref("X", "a ceasefire is needed", 1) } },
        { date = "2020-10-31", points = { ref("X", "no ceasefire is needed", 1) } } } } },
  }
  local out = md.run(b, c).markdown
  ok(out:find("| X | Y |\n|---|---|\n| a ceasefire is needed [\\[1\\]](#sources) | a truce is needed [\\[1\\]](#sources) |\n|  | X started the call [\\[1\\]](#sources) |", 1, true), out)
  ok(out:find("### Both said\n\n- X: a ceasefire is needed [\\[1\\]](#sources); Y: a truce is needed [\\[1\\]](#sources)", 1, true), out)
  ok(out:find("### Only Y said\n\n- X started the call [\\[1\\]](#sources)", 1, true), out)
  ok(out:find("### They differ on\n\n- **who asked for the call**: Y: X started the call [\\[1\\]](#sources) (Y says X called)", 1, true), out)
  -- the change in words, with the dates as the rest of the briefing gives them
  ok(out:find("## Developments across calls\n\n### X on ceasefire\n\nA reversed line from 14 October 2020 to 31 October 2020.\n\n- 14 October 2020: a ceasefire is needed", 1, true), out)  -- points that share few words are other points, not a changed policy
  b.comparisons[1].change = "changed"
  out = md.run(b, c).markdown
  ok(out:find("### X on ceasefire\n\nOther points from 14 October 2020 to 31 October 2020.\n", 1, true), out)
  ok(not out:find("changed line", 1, true), out)
end)
