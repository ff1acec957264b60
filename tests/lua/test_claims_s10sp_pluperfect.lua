-- A nested report whose verb is a pluperfect or takes a noun of stance
-- before "that" is reduced as "X said that ..." is: the text is what was
-- said and the subject is the speaker (session 10).  "The Kremlin said
-- Mr Putin had repeated his view that A" is Putin's A, not a point
-- "Mr Putin had repeated his view that A"; "stressed the position that",
-- "restated Russia's firm belief that", and a statement act's "voiced his
-- view that", "set out the British position that" go the same way.  A verb with no
-- "that" keeps its words ("repeated his call for ...").

-- {what, report's day, the paragraphs, the claim lines wanted}
local CALL_2003 = "Russian President Vladimir Putin spoke by telephone with British Prime Minister Tony Blair on Thursday."
local CASES = {
  { "'<source> said X had repeated his view that'",
    "2003-03-21", { { CALL_2003,
        "The Kremlin said Mr Putin had repeated his view that the bombing of Baghdad was a grave political error." } },
    { "Russia | Vladimir Putin | The Kremlin | the bombing of Baghdad was a grave political error" } },
  { "'X, <source> said, had repeated his view that'",
    "2003-03-21", { { CALL_2003,
        "Mr Putin, the Kremlin said, had repeated his view that the inspectors had been given too little time." } },
    { "Russia | Vladimir Putin | Kremlin | the inspectors had been given too little time" } },
  { "'<source> said X repeated his view that' (no auxiliary) is X's, not the pair's",
    "2003-03-21", { { CALL_2003,
        "The Kremlin said Mr Putin repeated his view that the war would harm the whole region." } },
    { "Russia | Vladimir Putin | The Kremlin | the war would harm the whole region" } },
  { "'had stressed the position that'",
    "2003-03-21", { { CALL_2003,
        "Downing Street said Mr Blair had stressed the position that Baghdad had been given every chance to disarm." } },
    { "United Kingdom | Tony Blair | Downing Street | Baghdad had been given every chance to disarm" } },
  { "'had restated <country>'s firm belief that'",
    "1999-04-02", { { "Russian President Boris Yeltsin spoke by telephone with German Chancellor Gerhard Schroeder on Thursday.",
        "The Kremlin said Mr Yeltsin had restated Russia's firm belief that the air strikes on Yugoslavia must stop at once." } },
    { "Russia | Boris Yeltsin | The Kremlin | the air strikes on Yugoslavia must stop at once" } },
  { "a statement act before a noun of stance: 'had voiced his view that'",
    "2003-03-21", { { CALL_2003,
        "The Kremlin said Mr Putin had voiced his view that the sanctions regime should be reviewed." } },
    { "Russia | Vladimir Putin | The Kremlin | the sanctions regime should be reviewed" } },
  { "'set out the British position that'",
    "2003-03-21", { { CALL_2003,
        "Downing Street said Mr Blair set out the British position that a second resolution was still desirable." } },
    { "United Kingdom | Tony Blair | Downing Street | a second resolution was still desirable" } },
  { "kept: 'had told him that' as before",
    "2003-03-21", { { CALL_2003,
        "Downing Street said Mr Blair had told him that the coalition would do all it could to spare civilians." } },
    { "United Kingdom | Tony Blair | Downing Street | the coalition would do all it could to spare civilians" } },
  { "kept: 'repeated his call for' keeps its verb",
    "2003-03-21", { { CALL_2003,
        "In the call, Mr Putin repeated his call for an immediate halt to the bombing." } },
    { "Russia | Vladimir Putin | - | repeated his call for an immediate halt to the bombing" } },
}

for _, c in ipairs(CASES) do
  test(c[1], function()
    eq(claim_lines(extract(c[3], c[2])), c[4])
  end)
end
