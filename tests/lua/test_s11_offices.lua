-- Offices, session 11: a title one country alone uses ("the Taoiseach"),
-- a national parliament's record as the page of its country ("Lok Sabha
-- Debates"), a spokesperson "for" a person or office, a surname after an
-- honorific apposed to an office ("the Prime Minister, Mr. Blair,"), and
-- "he" going on from an office that was the subject.  Short invented
-- paragraphs.

local function calls_of(paras, pub, extra) return sorted_call_pairs(briefing(paras, pub, extra), "date") end
local function lines(paras, pub, extra) return claim_lines(extract(paras, pub, extra)) end

test("a title one country alone uses names that country's office", function()
  eq(calls_of({ "The Irish prime minister said he had spoken to Tony Blair by telephone on Sunday." }, "2003-03-11"),
    { "Bertie Ahern + Tony Blair @ 2003-03-09" })
  eq(calls_of({ "The Taoiseach said he had spoken to Tony Blair by telephone on Sunday about the talks." }, "2003-03-11"),
    { "Bertie Ahern + Tony Blair @ 2003-03-09" })
  eq(calls_of({ "The Tánaiste spoke with the Dutch foreign minister by phone yesterday.",
      "Taoiseach Enda Kenny telephoned David Cameron on Friday." }, "2016-06-25"),
    { "David Cameron + Enda Kenny @ 2016-06-24" })
end)

test("an office's name after an honorific is one person", function()
  local ex = extract({ "Bertie Ahern spoke to the Prime Minister, Mr. Blair, by telephone on Tuesday." }, "2001-07-05")
  eq(#ex.calls, 1)
  eq(who(ex.calls[1]), "Bertie Ahern + Tony Blair")
end)

test("a parliament's record is its country's page; a parliament gives no account", function()
  eq(calls_of({ "The Prime Minister had a telephone conversation with President Barack Obama on 2 June 2015." },
      "2015-07-21", { outlet = "Lok Sabha Debates" }),
    { "Barack Obama + Narendra Modi @ 2015-06-02" })
  eq(lines({ "Chancellor Helmut Kohl spoke by telephone with Prime Minister Tadeusz Mazowiecki on Thursday.",
      "The Sejm approved the new cabinet by 402 votes to none on Tuesday." }, "1989-09-15"), {})
end)

test("a spokesperson for a person or an office", function()
  eq(lines({ "John Key spoke to President Barack Obama by telephone on Tuesday night.",
      "Mr Key told Mr Obama that New Zealand would send trainers to Iraq, a spokeswoman for the Prime Minister said." }, "2015-02-25"),
    { "New Zealand | John Key | a spokeswoman for the Prime Minister | New Zealand would send trainers to Iraq" })
  eq(lines({ "Jacques Chirac spoke by telephone with Gerhard Schröder on Monday.",
      "A spokesman for Mr Schröder said the Chancellor had backed the French proposal." }, "2003-02-18"),
    { "Germany | Gerhard Schröder | A spokesman for Mr Schröder | backed the French proposal" })
end)

test("'he' goes on from an office that was the subject", function()
  eq(lines({ "The Prime Minister spoke with President Donald Trump on 10 May 2018.",
      "In the conversation, the Prime Minister said that trade talks should move faster. He also conveyed that the tariffs on steel were unfair." },
      "2018-07-02", { outlet = "Lok Sabha Debates" }),
    { "India | the Prime Minister | - | trade talks should move faster; the tariffs on steel were unfair" })
end)

test("an account of no known side giving an office's words", function()
  eq(lines({ "Taoiseach Leo Varadkar and Prime Minister Theresa May spoke by phone on Monday.",
      "Government Buildings said the Irish prime minister had told her that a hard border was unacceptable." }, "2018-10-16"),
    { "Ireland | Leo Varadkar | Government Buildings | a hard border was unacceptable" })
end)
