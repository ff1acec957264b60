-- A spokesperson of no stated country whom the gazetteer does not know,
-- right after a sentence in which a body of a known side confirmed or
-- reported the call, session 11: "The Elysee has confirmed the call.
-- Spokeswoman Sibeth Ndiaye said ...": that body's spokesperson, its side.
-- Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("a spokesperson after the body that confirmed the call", function()
  eq(lines({ "President Emmanuel Macron spoke by telephone with President Recep Tayyip Erdogan on Friday.",
    "The Elysee has confirmed the call.",
    "Spokeswoman Sibeth Ndiaye said Macron had urged Erdogan to halt the offensive in Syria." }, "2019-10-12"),
    { "France | Emmanuel Macron | Spokeswoman Sibeth Ndiaye | urged Erdogan to halt the offensive in Syria" })
  eq(lines({ "Prime Minister Jacinda Ardern spoke by telephone with Prime Minister Scott Morrison on Sunday.",
    "Canberra's account came from the Prime Minister's office.",
    "Morrison had told Ardern that Australia would review the deportation rules, spokesman Andrew Carswell said." }, "2020-07-20"),
    { "Australia | Scott Morrison | spokesman Andrew Carswell | Australia would review the deportation rules" })
end)

test("in a statement, a spokesman after the body", function()
  eq(lines({ "President Barack Obama spoke by telephone with Prime Minister Manmohan Singh on Tuesday.",
    "The White House confirmed the call in the evening.",
    "In a statement, spokesman Josh Earnest said the President had thanked Singh for his support on climate talks." }, "2013-09-11"),
    { "United States | Barack Obama | spokesman Josh Earnest | thanked Singh for his support on climate talks" })
end)
