-- An object-less verb of calling with a time after it, session 10: "Uribe
-- had called on Saturday to inform him", "Clinton then called late last
-- night" are calls with the person the account is about (the auxiliary or
-- adverb between the caller and the verb passed over); "called on
-- Saturday for a ceasefire" is an appeal.  Short invented paragraphs.

local function st(paras, pub) return sorted_call_pairs(briefing(paras, pub), "status") end

test("a time after an object-less verb of calling", function()
  eq(st({ "President Rafael Correa said on Sunday night that he had refused to take a call from Colombian President Álvaro Uribe.",
      "Uribe had called on Saturday to inform him of the operation, according to Colombian officials." }, "2008-03-03"),
    { "Rafael Correa + Álvaro Uribe: denied", "Rafael Correa + Álvaro Uribe: held" })
  eq(st({ "Prime Minister John Howard spent the evening on the telephone.",
      "President Bill Clinton then called late last night." }, "1999-08-05"),
    { "Bill Clinton + John Howard: held" })
  eq(st({ "Chancellor Gerhard Schröder was at his desk all weekend.",
      "President Jacques Chirac phoned on Sunday morning to offer his support." }, "2002-10-28"),
    { "Gerhard Schröder + Jacques Chirac: held" })
end)

test("called on a day for something is an appeal", function()
  eq(st({ "Chancellor Gerhard Schröder was at his desk all weekend.",
      "President Jacques Chirac called on Sunday for a ceasefire." }, "2002-10-28"), {})
end)
