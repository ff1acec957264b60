-- A round of calls told as one list (session 12, cc12): "Erdogan speaks
-- by phone to Putin, Rouhani and Merkel" beside the document's own
-- account of each of those calls, on the same day, is those calls, not a
-- four-way conference.  A list with nobody reported separately stays one
-- call.  Invented pages.

test("a list whose every call the page tells on its own: those calls", function()
  local b = briefing({ "President Recep Tayyip Erdoğan is due to talk later today to Vladimir Putin, Hassan Rouhani and Angela Merkel, his office says.",
    "Erdoğan and Putin spoke by telephone this afternoon about Idlib, the Turkish presidency said.",
    "Rouhani told Erdoğan in a telephone call this evening that the talks must go on.",
    "Merkel and Erdoğan also discussed the refugee deal by phone today, her spokesman said." }, "2018-09-10")
  eq(sorted_call_pairs(b, "status"), { "Angela Merkel + Recep Tayyip Erdoğan: held",
    "Hassan Rouhani + Recep Tayyip Erdoğan: held",
    "Recep Tayyip Erdoğan + Vladimir Putin: held" })
end)

test("a conference call with nobody reported apart stays one call", function()
  local b = briefing({ "President Recep Tayyip Erdoğan held a video conference on Monday with Vladimir Putin, Hassan Rouhani and Angela Merkel.",
    "Erdoğan and Putin spoke by telephone on Monday about Idlib, the Turkish presidency said." }, "2018-09-11")
  ok(has(sorted_call_pairs(b), "Angela Merkel + Hassan Rouhani + Recep Tayyip Erdoğan + Vladimir Putin"))
end)
