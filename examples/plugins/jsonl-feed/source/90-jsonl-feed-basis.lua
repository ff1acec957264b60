-- 90-jsonl-feed-basis.lua — an article of a JSON Lines feed got its
-- publication date from the feed.
--
-- 50-jsonl-feed.lua hands each line of a feed to the built-in source
-- plugins as an article with front matter, so 30-metadata finds the date
-- there and says published_basis = "front_matter".  This plugin, last in
-- the source stage (where user plugins go), says "feed" instead for the
-- articles jsonl-feed made (format "jsonl", meta.jsonl_line set).  Other
-- documents are not touched.
return {
  name = "jsonl-feed-basis",
  stage = "source",
  version = "1.0.0",
  api = 1,
  description = "published_basis \"feed\" for the articles of a JSON Lines feed",
  run = function(doc)
    if doc.format == "jsonl" and type(doc.meta) == "table" and doc.meta.jsonl_line
        and doc.published_basis == "front_matter" then
      doc.published_basis = "feed"
    end
    return doc
  end,
}
