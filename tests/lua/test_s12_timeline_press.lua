-- Timelines and translated press, session 12.  A call told in a dated
-- entry without a day of its own is on the entry's day, and what the
-- entry's accounts "say" in the historic present are claims; "the two
-- regions" in a later entry is no second call of a pair counted before.
-- "In the interview, ..." after a "telephone interview" names that call,
-- and a present perfect there, or of the parties together ("The two
-- leaders have agreed"), is the call's.  Short invented pages.

local function run(text, id)
  local _, ex, b = page_run(text, id or "p.md")
  return ex, b
end

local TIMELINE = "Timeline: the border crisis\n\nPublished 30 June 2020\n\n"
  .. "15 June - Troops clash in the Galwan valley.\n\n"
  .. "17 June - Jaishankar and Wang Yi hold two calls in one day.\n\n"
  .. "18 June - India withdraws from the two disputed posts.\n\n"
  .. "22 June - Border talks resume. Later, Jaishankar speaks to Wang Yi by telephone.\n\n"
  .. "24 June - Wang Yi and Jaishankar speak again. India's foreign ministry says Jaishankar told Wang that the clash was premeditated.\n"

test("a timeline's calls: the entry's day, its present-tense accounts", function()
  local ex, b = run(TIMELINE)
  eq(sorted_call_pairs(b, "date"), {
    "S. Jaishankar + Wang Yi @ 2020-06-17",
    "S. Jaishankar + Wang Yi @ 2020-06-22",
    "S. Jaishankar + Wang Yi @ 2020-06-24" })
  eq(claim_lines(ex), { "India | S. Jaishankar | India's foreign ministry | the clash was premeditated" })
end)

local PRESS = "Leaders make telephone interview\n\n"
  .. "ANKARA, 10.07.2020 - President Recep Tayyip Erdogan has made a telephone interview with Prime Minister Imran Khan, the Directorate of Communications informed.\n\n"
  .. "In the interview, President Erdogan has expressed that the two countries will stand together against the pandemic.\n\n"
  .. "The two leaders have agreed to continue the close consultations.\n"

test("'In the interview' and the present perfect of translated press", function()
  local ex = run(PRESS, "p.txt")
  eq(claim_lines(ex), {
    "Turkey | Recep Tayyip Erdoğan | - | the two countries will stand together against the pandemic",
    "Turkey | joint | - | agreed to continue the close consultations" })
end)
