-- Session 25 (cm25): the tail of a statement a speaker "said in" is no part
-- of the point, and the point is what follows "that":
-- * a name apposed in the participle phrase ("in a statement issued by her
--   spokesman, Steffen Seibert, that ...");
-- * a relative clause of the participle ("in a statement that was
--   released after the call that ...");
-- * "after the call that X had ..." ("said after the call that Putin had
--   stressed ..."): "after" a preposition on the call, not a clause of
--   time, so the participant inside the words said is their speaker.
-- Sentences of our own.

local function lines(paras, pub) return claim_lines(extract(paras, pub)) end
local R = "President Putin spoke by telephone with Chancellor Merkel on Monday."

test("'in a statement issued by her spokesman, Steffen Seibert, that ...'", function()
  eq(lines({ R, "Merkel said in a statement issued by her spokesman, Steffen Seibert, that the referendum was illegal." }, "2014-03-04"),
    { "Germany | Angela Merkel | - | the referendum was illegal" })
end)

test("'in a statement that was released after the call that ...'", function()
  eq(lines({ R, "Putin said in a statement that was released after the call that Russia had the right to protect its citizens." }, "2014-03-04"),
    { "Russia | Vladimir Putin | - | Russia had the right to protect its citizens" })
end)

test("'The Kremlin said after the call that Putin had stressed ...', also with a statement released after it", function()
  eq(lines({ R, "The Kremlin said after the call that Putin had stressed Russia's right to protect its citizens." }, "2014-03-04"),
    { "Russia | Vladimir Putin | The Kremlin | stressed Russia's right to protect its citizens" })
  eq(lines({ R, "The Kremlin said in a statement released after the call that Putin had stressed Russia's right to protect its citizens." }, "2014-03-04"),
    { "Russia | Vladimir Putin | The Kremlin | stressed Russia's right to protect its citizens" })
end)

test("as before: 'released by the Kremlin after the call that', 'posted on the Kremlin website that', a clause of time", function()
  eq(lines({ R, "Putin said in a statement released by the Kremlin after the call that Russia had the right to protect its citizens." }, "2014-03-04"),
    { "Russia | Vladimir Putin | - | Russia had the right to protect its citizens" })
  eq(lines({ R, "Putin said in a statement posted on the Kremlin website that Russia had the right to protect its citizens." }, "2014-03-04"),
    { "Russia | Vladimir Putin | - | Russia had the right to protect its citizens" })
  eq(lines({ R, "The Kremlin said in a statement that Putin had stressed Russia's right to protect its citizens." }, "2014-03-04"),
    { "Russia | Vladimir Putin | The Kremlin | stressed Russia's right to protect its citizens" })
end)
