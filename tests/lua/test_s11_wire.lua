-- Wire stories of several calls, session 11: a person's spokesperson
-- telling of "the two presidents" goes to that person's call, not the
-- latest one; a surname that is also a month ("May")
-- of a person named in full before, acting or owning a teller; a place in
-- a relative clause on the person called is not where they met.  Short
-- invented paragraphs.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local function calls_of(paras, pub) return sorted_call_pairs(briefing(paras, pub)) end

test("a person's spokesperson: that person's call", function()
  eq(lines({ "President Lula and President Alberto Fernández each telephoned President Gabriel Boric on Sunday.",
      "Lula's spokesman, Paulo Pimenta, said the two presidents had agreed to meet in Brasília in May." }, "2022-12-19"),
    { "Brazil | joint | Lula's spokesman | agreed to meet in Brasília in May" })
end)

test("a surname that is also a month", function()
  eq(calls_of({ "Theresa May took a call from Chancellor Angela Merkel on Tuesday.",
      "Later that week, May also spoke with Prime Minister Mark Rutte." }, "2016-07-02"),
    { "Angela Merkel + Theresa May", "Mark Rutte + Theresa May" })
  eq(lines({ "Theresa May took a call from Chancellor Angela Merkel on Tuesday.",
      "May's office said the two leaders had agreed to keep in close touch." }, "2016-07-02"),
    { "United Kingdom | joint | May's office | agreed to keep in close touch" })
  -- (a month still dates: "In May" is no one)
  eq(calls_of({ "Theresa May took a call from Chancellor Angela Merkel on Tuesday.",
      "In May, the two leaders met in Berlin." }, "2016-07-02"),
    { "Angela Merkel + Theresa May" })
end)

test("a place in a relative clause on the person called", function()
  eq(calls_of({ "Prime Minister Theresa May spoke with Taoiseach Enda Kenny, who later told reporters in Dublin that the border had been discussed." },
      "2016-07-02"),
    { "Enda Kenny + Theresa May" })
end)
