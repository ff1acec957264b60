-- 40-email-summary.lua — summary.txt, a one-page plain-text summary to
-- paste into an e-mail, and calls.csv, one row per call for a spreadsheet.
--
-- summary.txt:
--   the title, the period, the counts, one line per call
--   ("2020-10-14  Recep Tayyip Erdoğan, Vladimir Putin: held, phone, 2 sources"),
--   at most options.max_calls of them (default 40, so it stays one page),
--   and how many warnings the run gave.
-- calls.csv (RFC 4180: comma-separated, CRLF line ends, a field holding a
-- comma, a double quote or a line break is put in double quotes with its
-- quotes doubled):
--   date,participants,status,medium,initiator,sources
--   participants are joined by "; ", sources is the number of sources.
--
-- Both are written whatever the -f formats say (no format names them);
-- leave the plugin out with disable = { "email-summary" }.
--
-- Options (configuration: options = { ["email-summary"] = { ... } }):
--   max_calls = n        lines of calls in summary.txt (default 40)
--   summary = "name"     file name instead of summary.txt ("" or false: none)
--   csv = "name"         file name instead of calls.csv ("" or false: none)

local function csv_field(v)
  local s = v == nil and "" or tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local COLUMNS = { "date", "participants", "status", "medium", "initiator", "sources" }

local function csv_row(fields)
  local out = {}
  for i = 1, #COLUMNS do out[i] = csv_field(fields[i]) end
  return table.concat(out, ",") .. "\r\n"
end

local function calls_csv(briefing)
  local rows = { csv_row(COLUMNS) }
  for _, call in ipairs(briefing.calls or {}) do
    rows[#rows + 1] = csv_row({ call.date, table.concat(call.participants or {}, "; "),
      call.status, call.medium, call.initiator, #(call.sources or {}) })
  end
  return table.concat(rows)
end

local function plural(n, one, many)
  return n .. " " .. (n == 1 and one or many)
end

local function period_line(period)
  if not period or not period.from then return "Period: no dated calls" end
  if period.from == period.to then return "Period: " .. period.from end
  return "Period: " .. period.from .. " to " .. period.to
end

local function call_line(call)
  local how = { call.status or "status unknown" }
  if call.medium then how[#how + 1] = call.medium end
  if call.initiator then how[#how + 1] = "initiated by " .. call.initiator end
  how[#how + 1] = plural(#(call.sources or {}), "source", "sources")
  return string.format("%-10s  %s: %s", call.date or "undated",
    table.concat(call.participants or {}, ", "), table.concat(how, ", "))
end

local function summary_txt(briefing, max_calls)
  local calls, warnings = briefing.calls or {}, #(briefing.warnings or {})
  local lines = {
    briefing.title or "Calls between leaders",
    period_line(briefing.period),
    string.format("%s from %s; generated %s",
      plural(#calls, "call", "calls"), plural(#(briefing.documents or {}), "source", "sources"),
      briefing.generated or "?"),
    "",
  }
  for i, call in ipairs(calls) do
    if i > max_calls then
      lines[#lines + 1] = string.format("... and %d more (see the briefing)", #calls - max_calls)
      break
    end
    lines[#lines + 1] = call_line(call)
  end
  if #calls == 0 then lines[#lines + 1] = "No calls between leaders were found in these sources." end
  lines[#lines + 1] = ""
  lines[#lines + 1] = warnings == 0 and "Warnings: none"
    or "Warnings: " .. warnings .. " (listed at the end of the briefing)"
  return table.concat(lines, "\n") .. "\n"
end

local function file_name(option, default)
  if option == nil then return default end
  if option == false or option == "" then return nil end
  return option
end

return {
  name = "email-summary",
  stage = "render",
  version = "1.0.0",
  api = 1,
  description = "summary.txt (plain text for an e-mail) and calls.csv",
  run = function(briefing, ctx)
    local opts = ctx.options
    local max_calls = tonumber(opts.max_calls) or 40
    local summary = file_name(opts.summary, "summary.txt")
    local csv = file_name(opts.csv, "calls.csv")
    if summary then assert(ctx.output.write(summary, summary_txt(briefing, max_calls))) end
    if csv then assert(ctx.output.write(csv, calls_csv(briefing))) end
  end,
  -- for tests
  csv_field = csv_field,
}
