-- 05-jsonl-keep.lua — carry a JSON Lines feed's bytes past the built-in
-- source plugins, for 50-jsonl-feed.lua.
--
-- Why this exists: the built-in `read` plugin makes a fresh Document from
-- the Input's bytes, and the later built-ins rebuild its text, so neither
-- the raw feed nor a {documents = ...} value returned before `read`
-- survives the built-in chain.  The one thing of an Input that `read`
-- carries into the Document as it was written is the YAML front matter
-- (Document.meta).  So, for a .jsonl input only, this plugin turns the
-- bytes into front matter holding the whole feed as one string:
--
--     ---
--     jsonl_feed: "{\"title\": ...}\n{\"title\": ...}\n"
--     ---
--
-- and `read` finds an article with no body and meta.jsonl_feed set.  A
-- JSON string is a valid YAML double-quoted scalar, except for the few
-- characters YAML will not take raw or reads as line breaks (DEL, the C1
-- controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF), which are written as
-- \u escapes.
-- Other inputs are not touched.
return {
  name = "jsonl-keep",
  stage = "source",
  version = "1.0.0",
  api = 1,
  description = "keep a .jsonl feed's bytes in Document.meta.jsonl_feed for jsonl-feed",
  before = "read",
  run = function(input, ctx)
    if input.format ~= "jsonl" then return input end
    local quoted = ctx.json.encode(input.bytes)
      :gsub("\127", "\\u007f")
      :gsub("\194([\128-\159])", function(c) return string.format("\\u%04x", c:byte()) end)
      :gsub("\226\128([\168\169])", function(c) return c == "\168" and "\\u2028" or "\\u2029" end)
      :gsub("\239\187\191", "\\ufeff")
      :gsub("\239\191([\190\191])", function(c) return c == "\190" and "\\ufffe" or "\\uffff" end)
    input.bytes = "---\njsonl_feed: " .. quoted .. "\n---\n"
    return input
  end,
}
