-- Claims (session 5, second round): the day a sentence tells, refusals
-- and questions, quotations continued, paraphrase forms.  Each case is a
-- small article written for the test and fails without the rule it names
-- (plugins/extract/30-claims.lua, lua/speech.lua, data/extract/speech.yaml).

local lines = claim_lines

local CALL = "French President Emmanuel Macron and Russian President Vladimir Putin spoke by telephone on Wednesday."

test("a sentence dated before the call tells another occasion: 'on Monday, when the Kremlin said ...'", function()
  local ex = extract({ CALL,
    "The call was prepared on Monday, when the Kremlin said Macron had sent Putin a letter urging restraint.",
    "Macron told Putin the sanctions would stay." }, "2021-03-03")
  eq(lines(ex), { "France | Emmanuel Macron | - | the sanctions would stay" })
end)

test("a year before the call carries to the next sentence until one names the call", function()
  local ex = extract({ CALL,
    "Relations soured in 2018, when Moscow expelled two French diplomats.",
    "Putin said the expulsion was a provocation.",
    "On Wednesday, Macron told Putin that the sanctions would stay." }, "2021-03-03")
  eq(lines(ex), { "France | Emmanuel Macron | - | the sanctions would stay" })
end)

test("a date before the call in the frame of a speech act: 'held their first summit on Nov. 2, where they agreed'", function()
  local ex = extract({ CALL,
    "Macron and Putin held a summit in Paris on Dec. 9, 2019, where the Kremlin said they agreed to swap prisoners." },
    "2021-03-03")
  eq(lines(ex), {})
end)

test("a time on the call's day brings the text back to the call", function()
  local ex = extract({ CALL,
    "Relations soured in 2018, when Moscow expelled two French diplomats.",
    "Putin on Wednesday voiced deep concern over the fighting in the region." },
    "2021-03-03")
  eq(#ex.claims, 1)
end)

test("an indirect question is no assertion: 'would not say whether ...', 'declined to say if ...'", function()
  local ex = extract({ CALL,
    "A spokesman for Macron would not say whether the French leader had raised the fate of the jailed dissident.",
    "The Elysee declined to say if Putin had agreed to a new summit." }, "2021-03-03")
  eq(lines(ex), {})
end)

test("'Asked whether ..., X said A': the comma ends the question, A is a claim", function()
  local ex = extract({ CALL,
    "Asked whether Putin had promised a truce, the Kremlin spokesman said the two leaders had discussed the grain deal at length." },
    "2021-03-03")
  eq(lines(ex), { "Russia | joint | Kremlin spokesman | discussed the grain deal at length" })
end)

test("a newspaper is no side's body: 'According to The Washington Post, which cited officials, X ...'", function()
  local ex = extract({ "Canadian Prime Minister Justin Trudeau and U.S. President Donald Trump spoke by phone on Friday.",
    "According to The Washington Post, which cited two Canadian officials briefed on the call, Trump told Trudeau that the tariffs would stay." },
    "2025-03-08")
  eq(lines(ex), { "United States | Donald Trump | The Washington Post | the tariffs would stay" })
end)

test("an official readout goes on in the words of the speaker before: 'X pointed out that A. B.'", function()
  local ex = extract({ "On 4 May, President Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.",
    { "Vladimir Putin pointed out that the grain deal had been extended twice.",
      "The Western side has yet to lift the restrictions on Russian fertiliser exports." },
    { "The two leaders agreed to stay in contact.", "The conversation was businesslike." } },
    "2023-05-04", { outlet = "Kremlin", title = "Telephone conversation with President of France Emmanuel Macron" })
  eq(lines(ex), {
    "Russia | Vladimir Putin | Kremlin | the grain deal had been extended twice",
    "Russia | Vladimir Putin | Kremlin | The Western side has yet to lift the restrictions on Russian fertiliser exports",
    "Russia | joint | Kremlin | agreed to stay in contact" })
end)

test("a participant speaking on a later day speaks on another occasion unless the point reports the call", function()
  local ex = extract({ CALL,
    "On Friday, Macron said France would never accept the annexation.",
    "Macron said on Friday that he had told Putin the sanctions would stay." }, "2021-03-06")
  eq(lines(ex), { "France | Emmanuel Macron | - | the sanctions would stay" })
end)

test("the call's length is no assertion; the act after it is: 'spoke for about 30 minutes and agreed to ...'", function()
  local ex = extract({ CALL,
    "The conversation lasted about an hour, the Kremlin said.",
    "According to the Elysee, the two presidents spoke for about 30 minutes and agreed to meet in Geneva in June." },
    "2021-03-03")
  eq(lines(ex), { "France | joint | Elysee | agreed to meet in Geneva in June" })
end)

test("a live report of an account in the present: '..., the Kremlin readout says', '..., it says.'", function()
  local ex = extract({ CALL, "The Kremlin has released its readout of the conversation.",
    "Putin stressed that Russia would keep its troops in the region, it says." }, "2021-03-03")
  eq(lines(ex), { "Russia | Vladimir Putin | The Kremlin | Russia would keep its troops in the region" })
  ex = extract({ CALL, "Putin stressed that Russia would keep its troops in the region, the Kremlin readout says." },
    "2021-03-03")
  eq(lines(ex), { "Russia | Vladimir Putin | the Kremlin readout | Russia would keep its troops in the region" })
end)

test("a one-line heading inside a page is no claim: 'Elysee: Macron demanded a halt'", function()
  local ex = extract({ CALL, "Elysee: Macron demanded an immediate halt to the offensive" }, "2021-03-03")
  eq(lines(ex), {})
end)

