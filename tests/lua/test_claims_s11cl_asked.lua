-- A participant asked about what the other one said, session 11: "At
-- the news conference, Zapatero was asked whether the President had raised
-- the troops. He smiled and said: ..." -- the question names the other
-- party, so it and the answer right after it are about the call, wherever
-- asked; "he" who answers is the one asked, not the person the question
-- names; a transcript's "quote, ... unquote" is no part of the words.
-- Invented reports.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end

test("the one asked answers", function()
  eq(lines({ "Prime Minister Jose Luis Rodriguez Zapatero spoke by telephone with President George W. Bush on Sunday.",
    { "Zapatero was asked whether Bush had said anything about the troops in Iraq.",
      "\"He listened. We agreed to talk again after the summit,\" he said." } }, "2004-05-03"),
    { "Spain | José Luis Rodríguez Zapatero | - | He listened. We agreed to talk again after the summit" })
end)

test("a question about the other party at a news conference", function()
  eq(lines({ "President Lula telephoned President Hugo Chavez on Thursday, his office said.",
    { "At a news conference in Brasilia, Lula was asked whether Chavez had agreed to free the hostages.",
      "He said: \"He promised me he would think about it and give me an answer soon.\"" } }, "2008-01-11"),
    { "Brazil | Luiz Inácio Lula da Silva | - | He promised me he would think about it and give me an answer soon" })
  eq(lines({ "Chancellor Angela Merkel spoke by telephone with President Barack Obama on Monday.",
    { "Later, at a press conference, Merkel was asked if the President had raised the car tariffs.",
      "She said, quote, \"He raised them, and I told him Europe would not accept them,\" unquote." } }, "2014-06-03"),
    { "Germany | Angela Merkel | - | He raised them, and I told him Europe would not accept them" })
end)
