-- Timelines whose entries put the day on a line of its own (session 12,
-- cc12): "9 June" alone, the entry's text in the paragraph below.  Each
-- such day dates the paragraphs up to the next one, and a held call told
-- there with no time of its own ("speak again by telephone in the
-- morning") is on the entry's day, not another day's call of the same
-- people.  A short invented page.

local function run(text)
  local _, ex, b = page_run(text, "t.txt")
  return ex, b
end

local PAGE = "CHRONOLOGY: THE BORDER DISPUTE, JUNE 2012\n\n"
  .. "Last updated: 30 June 2012\n\n"
  .. "4 June\n\nTroops of both sides dig in along the river.\n\n"
  .. "8 June\n\nPresident Juan Manuel Santos speaks by telephone with President Rafael Correa, his office says.\n\n"
  .. "9 June\n\nSantos and Correa speak again by telephone in the morning, as the troops pull back.\n\n"
  .. "12 June\n\nThe foreign ministers meet in Quito.\n"

test("a day alone on its line opens an entry; its call is on that day", function()
  local _, b = run(PAGE)
  eq(sorted_call_pairs(b, "date"), { "Juan Manuel Santos + Rafael Correa @ 2012-06-08",
    "Juan Manuel Santos + Rafael Correa @ 2012-06-09" })
end)
