-- A name apposed to an office, session 10: in "According to the
-- spokesman, Larry Speakes, the President told ...", the name is the
-- spokesman's, and "the President" after it opens the account: the
-- president is not a person called Larry Speakes.  Short invented
-- paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a name apposed to a spokesman, then an office as the subject", function()
  eq(lines({ "President Ronald Reagan telephoned Prime Minister Margaret Thatcher on Tuesday.",
      "According to the spokesman, Larry Speakes, the President told Mrs. Thatcher that the talks had come very close to an agreement." }, "1986-10-15"),
    { "United States | Ronald Reagan | the spokesman | the talks had come very close to an agreement" })
  eq(lines({ "Chancellor Helmut Kohl spoke by telephone with President François Mitterrand on Monday.",
      "According to a government spokesman, Hans Klein, the Chancellor assured Mr. Mitterrand that Bonn would keep its troops in the alliance." }, "1990-02-13"),
    { "Germany | Helmut Kohl | a government spokesman | Bonn would keep its troops in the alliance" })
  eq(lines({ "Prime Minister Bob Hawke spoke by telephone with President George Bush on Friday.",
      "According to an aide, Peter Walsh, the Prime Minister said Australia would send two warships to the Gulf." }, "1990-08-11"),
    { "Australia | Bob Hawke | an aide | Australia would send two warships to the Gulf" })
end)

test("an office apposed to an unknown name is still that person's", function()
  -- (the name then the office: "Marlin Fitzwater, the President's spokesman")
  local ex = extract({ "President George Bush telephoned President Mikhail Gorbachev on Saturday.",
      "Jorge Mendes, the Portuguese prime minister, said he had not been told of the call." }, "1990-08-12")
  local found
  for _, p in ipairs(ex.people or {}) do
    if p.text and p.text:find("Jorge Mendes", 1, true) then found = p end
  end
  ok(found and found.role == "prime minister", "Jorge Mendes is the prime minister")
end)
