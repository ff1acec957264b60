-- A time or place set off by commas between a verb of speaking and its
-- "with" phrase, session 10: "spoke by telephone this afternoon, on this
-- flight, with A and with B", "late Sunday, Ottawa time, with C": the
-- people after it are the ones spoken with (each "with" a call of its
-- own), not a conversation of everyone the sentence names.  Invented
-- sentences.

test("the with phrase after an inserted time or place", function()
  local b = briefing({ "Prime Minister Jean Chrétien spoke by telephone late Sunday, Ottawa time, with President "
    .. "Bill Clinton and with President Ernesto Zedillo." }, "1995-01-17")
  eq(call_pairs(b), { "Bill Clinton + Jean Chrétien", "Ernesto Zedillo + Jean Chrétien" })
  b = briefing({ "President Luiz Inácio Lula da Silva spoke by phone this morning, before the cabinet meeting, "
    .. "with President Néstor Kirchner and with President Tabaré Vázquez." }, "2006-05-04")
  eq(call_pairs(b), { "Luiz Inácio Lula da Silva + Néstor Kirchner", "Luiz Inácio Lula da Silva + Tabaré Vázquez" })
  b = briefing({ "Chancellor Gerhard Schröder spoke by telephone on Tuesday, from Hanover, with President "
    .. "Jacques Chirac and with Prime Minister Tony Blair." }, "2003-03-13")
  eq(call_pairs(b), { "Gerhard Schröder + Jacques Chirac", "Gerhard Schröder + Tony Blair" })
end)
