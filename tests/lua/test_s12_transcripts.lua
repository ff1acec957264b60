-- Interview transcripts and memoranda of conversation, session 12.  In a
-- speaker's turn, "I spoke to X" is the speaker's call even when the page
-- named the speaker before the label; a bare office is the speaker's own
-- country's; "he" is never the speaker.  A memorandum's PARTICIPANTS field
-- gives the other party of the call its SUBJECT names, its PLACE field
-- the page's country, and its turns in the present tense are the call.
-- Short invented pages.

local function run(text)
  local _, ex, b = page_run(text)
  return ex, b
end

local RADIO = "MORNING REPORT\nTranscript: Wednesday, 8 September 1999\n\n"
  .. "PRESENTER: The Foreign Minister, Alexander Downer, is on the line from Canberra. Minister, good morning.\n\n"

test("the speaker named before the label: his call", function()
  local _, b = run(RADIO .. "DOWNER: I spoke to Ali Alatas an hour ago. I told him that the militias must be disarmed.\n")
  eq(sorted_call_pairs(b, "date"), { "Alexander Downer + Ali Alatas @ 1999-09-08" })
  eq(b.calls[1].claims[1] and b.calls[1].claims[1].text, "the militias must be disarmed")
end)

test("a bare office in a speaker's turn is his country's; 'he' is not the speaker", function()
  local _, b = run(RADIO .. "DOWNER: The Prime Minister rang President Habibie yesterday, and he will ring him again tonight.\n")
  eq(sorted_call_pairs(b, "status"), { "B. J. Habibie + John Howard: held", "B. J. Habibie + John Howard: planned" })
end)

local MEMCON = "MEMORANDUM OF TELEPHONE CONVERSATION\n\n"
  .. "SUBJECT: Telephone Call from Prime Minister John Major of the United Kingdom\n\n"
  .. "PARTICIPANTS: The President\n              John Major, Prime Minister\n"
  .. "              Notetaker: Jane Doe, NSC Staff\n\n"
  .. "DATE, TIME AND PLACE: April 2, 1991, 9:05 - 9:20 a.m., The Oval Office\n\n"

test("a memorandum: the participants, the place's country, the turns", function()
  local ex, b = run(MEMCON
    .. "Prime Minister Major: George, I want to stress that the Kurds in the north need help at once.\n\n"
    .. "The President: I agree. I can assure you that we will send supplies by air this week.\n")
  eq(sorted_call_pairs(b, "date"), { "George H. W. Bush + John Major @ 1991-04-02" })
  eq(claim_lines(ex), {
    "United Kingdom | John Major | - | the Kurds in the north need help at once",
    "United States | The President | - | we will send supplies by air this week" })
end)

test("without a participants field no one is guessed", function()
  local _, b = run("MEMORANDUM OF TELEPHONE CONVERSATION\n\n"
    .. "SUBJECT: Telephone Call from Prime Minister John Major of the United Kingdom\n\n"
    .. "Prime Minister Major: I want to stress that the Kurds need help at once.\n")
  eq(sorted_call_pairs(b), {})
end)
