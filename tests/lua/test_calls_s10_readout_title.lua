-- A readout titled with a call and one person, session 10: "Telephone
-- conversation with President of Kazakhstan Nursultan Nazarbayev", then a
-- lead naming him and one other ("Dmitry Medvedev and Nursultan
-- Nazarbayev discussed ..."), is their call, and the page speaks for the
-- other one's side.  Short invented readouts.

local function doc(paras, pub) return { paras, pub, { title = paras[1] } } end

test("the title's call with one person and the lead's other person", function()
  local d = doc({ "Telephone conversation with President of Kazakhstan Nursultan Nazarbayev",
    "Dmitry Medvedev and Nursultan Nazarbayev discussed the preparations for the CSTO summit.",
    "The two presidents agreed to meet in Moscow before the end of the year." }, "2008-12-12")
  eq(sorted_call_pairs(briefing(d[1], d[2], d[3])), { "Dmitry Medvedev + Nursultan Nazarbayev" })
  eq(claim_lines(extract(d[1], d[2], d[3])), {
    "Russia | joint | - | discussed the preparations for the CSTO summit",
    "Russia | joint | - | agreed to meet in Moscow before the end of the year" })
  local d2 = doc({ "Phone call with Chancellor Olaf Scholz",
    "Emmanuel Macron and Olaf Scholz discussed support for Ukraine." }, "2023-02-20")
  eq(sorted_call_pairs(briefing(d2[1], d2[2], d2[3])), { "Emmanuel Macron + Olaf Scholz" })
end)

test("a lead with two others is no partner", function()
  local d = doc({ "Telephone conversation with President of Kazakhstan Nursultan Nazarbayev",
    "Dmitry Medvedev, Nursultan Nazarbayev and Alexander Lukashenko met in Minsk." }, "2008-12-12")
  eq(sorted_call_pairs(briefing(d[1], d[2], d[3])), {})
end)
