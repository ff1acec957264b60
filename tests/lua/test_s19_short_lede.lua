-- Session 19: a short lede after its dateline ("BERLIN, 4 June 2014 -
-- Merkel called Hollande on Tuesday.") is a sentence, not the page's date
-- line: a line with a word in lower case that ends as a sentence ends is
-- kept.  Date lines stay date lines.  Pages of our own.

local function page(lines)
  return run_stage("source", { id = "p.txt", path = "p.txt", bytes = table.concat(lines, "\n\n") .. "\n",
    sha256 = "", format = "text" })
end

local function pairs_of(lines)
  local ex = run_stage("extract", { document = page(lines), calls = {}, claims = {} })
  return sorted_call_pairs(run_stage("link", { extractions = { ex } }), "date")
end

local function texts(doc)
  local out = {}
  for _, st in ipairs(doc.sentences) do out[#out + 1] = st.text end
  return out
end

test("a one-sentence lede after a dateline with its year", function()
  for _, s in ipairs({
    "BERLIN, 4 June 2014 - Merkel called Hollande on Tuesday.",
    "BERLIN, June 4, 2014 - Merkel rang Hollande late on Tuesday.",
    "BERLIN, 4 June 2014 — Merkel phoned Hollande on Tuesday.",
  }) do
    eq(pairs_of({ "Merkel, Hollande talk", s }), { "Angela Merkel + François Hollande @ 2014-06-03" }, s)
  end
end)

test("date lines are still dropped, and still date the page", function()
  for _, s in ipairs({ "Published on Wednesday, 4 June 2014", "Updated 4 June 2014, 10:32 CEST",
      "BERLIN, 4 June 2014", "Wednesday 4 June 2014 12.02 BST" }) do
    local doc = page({ "Merkel, Hollande talk", s, "Merkel called Hollande on Tuesday about the gas talks." })
    ok(not has(texts(doc), s), s)
    eq(doc.published, "2014-06-04", s)
  end
end)
