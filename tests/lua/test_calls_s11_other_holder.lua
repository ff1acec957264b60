-- A bare office and a holder of that office named in the same sentence,
-- session 11: "The President last spoke with Mr. Gorbachev" is not the
-- Soviet president, though the page named only him as a president so
-- far.  Short invented pages.

local function countries(ex)
  local out = {}
  for _, c in ipairs(ex.calls) do
    local l = {}
    for _, p in ipairs(c.people) do l[#l + 1] = (p.name or p.text) .. " (" .. tostring(p.country) .. ")" end
    out[#out + 1] = table.concat(l, " + ")
  end
  return out
end

test("a bare office is not the country of the other holder the sentence names", function()
  local ex = extract({ "The White House said President Mikhail Gorbachev had sent a message on the crisis.",
    "Officials in Washington were cautious about its meaning.",
    "The President last spoke with Mr. Gorbachev on Aug. 11, officials said." }, "1990-08-23")
  eq(countries(ex), { "The President (nil) + Mikhail Gorbachev (Soviet Union)" })
  local ex2 = extract({ "Prime Minister Rajiv Gandhi of India arrived in Colombo on Monday.",
    "Crowds lined the road from the airport.",
    "The Prime Minister had spoken by telephone with Mr. Gandhi on Sunday, officials said." }, "1987-07-30")
  eq(countries(ex2), { "The Prime Minister (nil) + Rajiv Gandhi (India)" })
end)
