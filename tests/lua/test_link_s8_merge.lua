-- Merging, session 8: a call reported held, with no day of its own, is
-- on the day of its report; it does not join a plan of the same people
-- for a later day that the article also tells ("has spoken ..." beside
-- "intends to speak ... again on Friday").  One side's claim that a call
-- took place ("Putin had claimed that Scholz had called him"), which the
-- other side denies ("no conversation ... had taken place"), is one denied
-- call with the other denials of the same people, and, dated only by its
-- report or by the day of the claim, it has no day.  Short invented
-- reports.

local function calls_of(paras, pub)
  local b = briefing(paras, pub)
  local out = {}
  for i, c in ipairs(b.calls) do out[i] = call_pairs({ calls = { c } }, "basis")[1] .. " " .. c.status end
  return out
end

test("a held call reported on its day is not the plan for a later day", function()
  -- published Wednesday 15 March 2023
  eq(calls_of({ "Scholz has spoken by telephone with Emmanuel Macron, his spokesman said.",
    "Scholz intends to speak with Macron again by phone on Friday." }, "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-15 (reported) held", "Emmanuel Macron + Olaf Scholz @ 2023-03-17 (relative) planned" })
  -- the plan told first
  eq(calls_of({ "Lula will talk to Petro by telephone tomorrow, aides said.",
    "Lula has already spoken by phone with Gustavo Petro, the aides added." }, "2023-03-15"),
    { "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-15 (reported) held",
      "Gustavo Petro + Luiz Inácio Lula da Silva @ 2023-03-16 (relative) planned" })
  -- a headline without a day still joins the held call of its people
  eq(calls_of({ "Scholz-Macron call", "Scholz spoke by phone with Emmanuel Macron on Monday.",
    "The two will speak again on Friday." }, "2023-03-15"),
    { "Emmanuel Macron + Olaf Scholz @ 2023-03-13 (relative) held",
      "Emmanuel Macron + Olaf Scholz @ 2023-03-17 (relative) planned" })
end)

test("a claimed call the other side denies is one denied call without a day", function()
  eq(calls_of({ "Chancellor Olaf Scholz said on Wednesday that Vladimir Putin had refused to speak to him by telephone.",
    "Putin had claimed earlier in the week that Scholz had called him.",
    "A German government spokesman said no conversation between Scholz and Putin had taken place since the election." },
    "2023-03-15"),
    { "Olaf Scholz + Vladimir Putin @ undated (unknown) denied" })
  -- the day of the claim is the claim's, not the call's
  eq(calls_of({ "Erdogan claimed on Friday that Bashar al-Assad had phoned him.",
    "Damascus denied that any conversation between Assad and Erdogan had taken place." }, "2023-03-15"),
    { "Bashar al-Assad + Recep Tayyip Erdoğan @ undated (unknown) denied" })
end)
