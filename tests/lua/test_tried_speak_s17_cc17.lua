-- Session 17 (cc17): a call tried.  "X tried (on a day) to speak to Y by
-- telephone" is a try by X (its placer), no plan; the next sentence's
-- "The call was not put through" tells how that very try ended: one
-- contact, denied, on the day of the try.  The Pope's titles ("the Holy
-- Father", "the Pontiff") name the Pope of the day; Paul VI (1963-1978)
-- and Franco as Spain's head of state to his death are known to the
-- gazetteer.  Sentences of our own.

test("tried on a day to speak to Y by telephone: X placed it, held, dated", function()
  local b = briefing({ "Chancellor Helmut Schmidt tried on Tuesday evening to speak to President Jimmy Carter by telephone." },
    "1979-06-15")
  eq(sorted_call_pairs(b, "status"), { "Helmut Schmidt + Jimmy Carter: held" })
  eq(initiators(b), { "Helmut Schmidt" })
  eq(sorted_call_pairs(b, "basis"), { "Helmut Schmidt + Jimmy Carter @ 1979-06-12 (relative)" })
end)

test("the try's end told next: one call, denied, on the day of the try", function()
  for _, second in ipairs({ "The call was not put through.", "The call could not be put through to the White House." }) do
    local b = briefing({ { "Chancellor Helmut Schmidt tried on Tuesday evening to speak to President Jimmy Carter by telephone.",
      second } }, "1979-06-15")
    eq(sorted_call_pairs(b, "status"), { "Helmut Schmidt + Jimmy Carter: denied" }, second)
    eq(sorted_call_pairs(b, "basis"), { "Helmut Schmidt + Jimmy Carter @ 1979-06-12 (relative)" }, second)
    eq(initiators(b), { "Helmut Schmidt" }, second)
  end
end)

test("the Holy Father, Pope Paul VI and General Franco", function()
  local b = briefing({ "The Holy Father spoke by telephone with General Franco on Monday." }, "1974-05-08")
  eq(sorted_call_pairs(b), { "Francisco Franco + Pope Paul VI" })
  b = briefing({ "Pope Paul VI spoke by telephone with President Richard Nixon on Monday." }, "1971-05-08")
  eq(sorted_call_pairs(b), { "Pope Paul VI + Richard Nixon" })
end)
