-- Session 15: a bare office on a call ("told the Secretary-General") is
-- the holder of that title on the earlier call with the same other
-- people, before another holder the story named since; "reached X by
-- telephone" makes its subject the caller.  Short invented paragraphs.

test("the office on a call is the holder on the earlier call", function()
  local b = briefing({
    "Prime Minister Ahmet Davutoglu spoke by telephone with U.N. Secretary-General Ban Ki-moon on Tuesday about the border.",
    "On Wednesday NATO Secretary-General Jens Stoltenberg arrived in Ankara for talks.",
    "In the call, Davutoglu told the Secretary-General that Turkey needed help with the camps, his office said." },
    "2014-10-09")
  eq(sorted_call_pairs(b, "date"), { "Ahmet Davutoğlu + Ban Ki-moon @ 2014-10-07" })
  eq(#b.calls[1].claims, 1)
  -- the same with a president: the one on the call, not the one last named
  eq(sorted_call_pairs(briefing({
    "Chancellor Angela Merkel spoke with President Barack Obama by phone on Monday.",
    "President François Hollande was in Berlin on Tuesday.",
    "During the conversation Merkel told the President that sanctions would stay." },
    "2014-03-05"), "date"), { "Angela Merkel + Barack Obama @ 2014-03-03" })
end)

test("an office the text qualifies is not taken from the earlier call", function()
  eq(sorted_call_pairs(briefing({
    "Prime Minister Ahmet Davutoglu spoke by telephone with U.N. Secretary-General Ban Ki-moon on Tuesday.",
    "On Thursday Davutoglu also spoke by telephone with the NATO Secretary-General, Jens Stoltenberg." },
    "2014-10-10")),
    { "Ahmet Davutoğlu + Ban Ki-moon", "Ahmet Davutoğlu + Jens Stoltenberg" })
end)

test("reached someone by telephone: the subject called", function()
  eq(initiators(briefing({
    "Chancellor Helmut Kohl reached Prime Minister Tadeusz Mazowiecki by telephone late on Friday." },
    "1990-03-04")), { "Helmut Kohl" })
  eq(initiators(briefing({
    "President Nelson Mandela finally got President Laurent Kabila on a satellite telephone on Sunday." },
    "1997-05-05")), { "Nelson Mandela" })
  -- speaking by telephone names no caller
  eq(initiators(briefing({
    "Chancellor Helmut Kohl spoke with Prime Minister Tadeusz Mazowiecki by telephone late on Friday." },
    "1990-03-04")), { "nil" })
end)
