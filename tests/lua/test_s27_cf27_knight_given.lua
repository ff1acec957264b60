-- Session 27 (cf27): a knight's or dame's style goes before the given
-- name ("Sir Humphrey Gibbs", "Dame Whina Cooper"): the word after it,
-- with a capitalised word following, is the first word of a name, no
-- one-word alias of the gazetteer's ("Humphrey", Hubert Humphrey's
-- surname).  Found probing "spoke by radio-telephone with the Governor of
-- Southern Rhodesia, Sir Humphrey Gibbs".  Sentences of our own.

local function names(s, date)
  local set = names_in(extract({ s }, date))
  local out = {}
  for n in pairs(set) do out[#out + 1] = n end
  table.sort(out)
  return out
end

test("'Sir Humphrey Gibbs' is no Hubert Humphrey", function()
  eq(names("Mr. Wilson telephoned the Governor, Sir Humphrey Gibbs, on Monday.", "1966-01-05"),
    { "Harold Wilson", "Humphrey Gibbs" })
  eq(names("Mr. Wilson later spoke with Sir Humphrey Gibbs by telephone.", "1966-01-05"),
    { "Harold Wilson", "Humphrey Gibbs" })
end)

test("guards: Vice President Humphrey, Mr. Humphrey, Sir Alec Douglas-Home as before", function()
  ok(names_in(extract({ "Mr. Wilson telephoned Vice President Humphrey on Monday." }, "1966-01-05"))["Hubert Humphrey"])
  ok(names_in(extract({ "Mr. Wilson telephoned Mr. Humphrey on Monday." }, "1966-01-05"))["Hubert Humphrey"])
  ok(names_in(extract({ "Sir Alec Douglas-Home telephoned President Johnson on Monday." }, "1964-01-05"))["Alec Douglas-Home"])
end)
