-- Session 18: calls received from several people, as a leader's day is
-- told ("received calls of congratulation from the British Prime
-- Minister, Harold Wilson, and from New Zealand's Robert Muldoon"): what a
-- call "of" carries is no appeal ("a call of condolence", unlike "the
-- call of duty"); a count or an adjective between the verb and the noun
-- ("congratulatory calls"), the preposition repeated after an appositive,
-- an owner of two capitalised words ("New Zealand's") keep one call each,
-- each placed by its caller, as does a plural office ("from the
-- Presidents of Ghana and Senegal"); and "He was not called by X" after
-- them is the leader whose day it is, not the caller named last; "a call
-- from A and another from B" is two calls, as "one with" is.
-- Sentences of our own.

local function pairs_of(ps, date)
  return sorted_call_pairs(briefing(ps, date or "1996-03-04"), "date")
end

test("a call 'of' what it carries is a call; 'the call of duty' is none", function()
  for _, s in ipairs({
    "Prime Minister John Howard received a call of congratulation from Prime Minister Jim Bolger on Sunday.",
    "Prime Minister John Howard received calls of support from Prime Minister Jim Bolger on Sunday.",
    "Prime Minister John Howard took a call of thanks from Prime Minister Jim Bolger on Sunday.",
  }) do
    eq(pairs_of({ s }), { "Jim Bolger + John Howard @ 1996-03-03" }, s)
  end
  eq(pairs_of({ "Prime Minister John Howard spoke of the call of duty with Prime Minister Jim Bolger at the summit." }), {})
end)

test("calls from several people, however the list is written: one call each, each caller's", function()
  for _, s in ipairs({
    "Prime Minister John Howard received congratulatory calls from Jim Bolger and Ryutaro Hashimoto on Sunday.",
    "Prime Minister John Howard received two brief calls from Jim Bolger and Ryutaro Hashimoto on Sunday.",
    "Prime Minister John Howard received calls on Sunday from the New Zealand Prime Minister, Jim Bolger, and from Ryutaro Hashimoto.",
    "Prime Minister John Howard received calls on Sunday from the Japanese Prime Minister, Ryutaro Hashimoto, and New Zealand's Jim Bolger.",
  }) do
    local b = briefing({ s }, "1996-03-04")
    eq(sorted_call_pairs(b, "date"), { "Jim Bolger + John Howard @ 1996-03-03", "John Howard + Ryutaro Hashimoto @ 1996-03-03" }, s)
    for _, c in ipairs(b.calls) do
      ok(c.initiator == "Jim Bolger" or c.initiator == "Ryutaro Hashimoto", s .. ": " .. tostring(c.initiator))
    end
  end
end)

test("'a call from A and one from B': a call each, each caller's", function()
  local b = briefing({ "Prime Minister John Howard received a call from Jim Bolger on Sunday and another from Ryutaro Hashimoto." }, "1996-03-04")
  eq(sorted_call_pairs(b, "date"), { "Jim Bolger + John Howard @ 1996-03-03", "John Howard + Ryutaro Hashimoto @ 1996-03-03" })
  for _, c in ipairs(b.calls) do
    ok(c.initiator == "Jim Bolger" or c.initiator == "Ryutaro Hashimoto", tostring(c.initiator))
  end
end)

test("calls from a plural office of several countries: one call each", function()
  eq(pairs_of({ "President Jerry Rawlings received calls of solidarity from the Presidents of Senegal and Cote d'Ivoire on Sunday." }),
    { "Abdou Diouf + Jerry Rawlings @ 1996-03-03", "Henri Konan Bédié + Jerry Rawlings @ 1996-03-03" })
end)

test("'He was not called by X': the subject of the sentence before", function()
  local b = briefing({ "Prime Minister John Howard received calls from Jim Bolger and Ryutaro Hashimoto on Sunday.",
    "He was not called by President Bill Clinton, an embassy spokesman said." }, "1996-03-04")
  local got = sorted_call_pairs(b, "date")
  ok(has(got, "Bill Clinton + John Howard @ undated"), table.concat(got, "; "))
end)
