-- 20-pdf.lua — briefing.pdf, typeset by the host (libharu) from the very
-- Markdown the markdown plugin produced, so the two never disagree.
return {
  name = "pdf",
  stage = "render",
  version = "1.0.0",
  api = 1,
  description = "typeset briefing.pdf from the briefing's Markdown",
  run = function(briefing, ctx)
    if not ctx.run.formats.pdf then return end
    if not briefing.markdown then error("no Markdown to typeset: the markdown plugin did not run") end
    local pdf = assert(ctx.pdf.render(briefing.markdown, {
      title = briefing.title,
      subject = "Briefing on calls between leaders",
      author = "callbrief",
      paper = ctx.run.paper,
      date = ctx.run.epoch,
    }))
    assert(ctx.output.write("briefing.pdf", pdf))
  end,
}
