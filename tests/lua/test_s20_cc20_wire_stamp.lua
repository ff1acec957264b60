-- Calls, session 20 (cc20): a wire story's own stamp with a two-digit
-- year dates its month-day dateline when the stamp's day and month are
-- the dateline's: a slug line with the day written in words and spaces
-- ("BRIEF-TRADE (URGENT)   14 MAR 88  09:15") or a sign-off with the day
-- in figures ("XYZ  ab/cd  14/03/88 09:15 GMT", either order of day and
-- month), followed by its clock time or ending the line.  Invented pages.

local function body(dateline)
  return dateline .. " - Foreign ministers of the two countries said on Monday that they would meet again soon."
end

test("a slug line's 'DD MON YY hh:mm' dates a month-day dateline", function()
  local d = page_run(table.concat({
    "TRADE-TALKS (URGENT)                 14 MAR 88  09:15",
    "",
    "Ministers to meet again",
    "",
    body("OTTAWA, March 14 (Maple Wire)"),
  }, "\n"))
  eq(d.published, "1988-03-14")
end)

test("a sign-off's 'DD/MM/YY hh:mm' (or month first) dates a month-day dateline", function()
  local d = page_run(table.concat({
    "Ministers to meet again",
    "",
    body("OTTAWA, March 14 (Maple Wire)"),
    "",
    "MW  ab/cd  14/03/88 09:15 GMT",
  }, "\n"))
  eq(d.published, "1988-03-14")
  local d2 = page_run(table.concat({
    "Ministers to meet again",
    "",
    body("LISBON, Sept 3 (Maple Wire)"),
    "",
    "MW jk 09-03-01 1840",
  }, "\n"))
  eq(d2.published, "2001-09-03")
end)

test("a stamp of another day, or two figures that are no year, date nothing", function()
  -- the day is not the dateline's
  local d = page_run(table.concat({
    "TRADE-TALKS (URGENT)                 13 MAR 88  09:15",
    "",
    body("OTTAWA, March 14 (Maple Wire)"),
  }, "\n"))
  eq(d.published, nil)
  -- "14 March 88 delegates": a count after the day, no stamp
  local d2 = page_run(table.concat({
    "Talks resume on 14 March 88 delegates",
    "",
    body("OTTAWA, March 14 (Maple Wire)"),
  }, "\n"))
  eq(d2.published, nil)
end)

test("the dated wire story resolves its weekdays", function()
  local _, _, b = page_run(table.concat({
    "Ministers spoke",
    "",
    "OTTAWA, March 16 (Maple Wire) - Prime Minister Brian Mulroney spoke by telephone on Monday with President Ronald Reagan about acid rain, his office said.",
    "",
    "MW  ab/cd  16/03/88 18:44 EST",
  }, "\n"))
  eq(sorted_call_pairs(b, "date"), { "Brian Mulroney + Ronald Reagan @ 1988-03-14" })
end)
