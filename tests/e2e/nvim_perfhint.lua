-- Headless Neovim 0.11 as a real client of `perfhint serve`.
-- Env: PERFHINT_PYTHON (interpreter), PERFHINT_MODEL (checkpoint dir), PERFHINT_FILES
-- (";"-separated "path=filetype"), PERFHINT_SWITCH_TO (profile id), PERFHINT_REPORT (JSON out).
-- Opens every file, waits for diagnostics and inlay hints, hovers the first hinted line,
-- lists profiles, switches profile and waits for the hints to change; writes what it saw.
local report = { files = {}, errors = {} }
local timeout_ms = tonumber(os.getenv("PERFHINT_TIMEOUT_MS") or "180000")

local function fail(msg)
  table.insert(report.errors, msg)
end

local function hint_labels(buf)
  local labels = {}
  for _, item in ipairs(vim.lsp.inlay_hint.get({ bufnr = buf })) do
    local label = item.inlay_hint.label
    if type(label) == "table" then
      local parts = {}
      for _, p in ipairs(label) do table.insert(parts, p.value) end
      label = table.concat(parts)
    end
    table.insert(labels, { line = item.inlay_hint.position.line, character = item.inlay_hint.position.character, label = label })
  end
  table.sort(labels, function(a, b) return a.line < b.line or (a.line == b.line and a.label < b.label) end)
  return labels
end

local function joined(labels)
  local out = {}
  for _, l in ipairs(labels) do table.insert(out, l.line .. ":" .. l.label) end
  return table.concat(out, "|")
end

local client_id
local buffers = {}
for spec in string.gmatch(os.getenv("PERFHINT_FILES"), "[^;]+") do
  local path, ft = spec:match("^(.*)=(.*)$")
  vim.cmd.edit(vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = ft
  client_id = vim.lsp.start({
    name = "perfhint",
    cmd = { os.getenv("PERFHINT_PYTHON"), "-m", "perfhint.server", "serve", "--model", os.getenv("PERFHINT_MODEL") },
    root_dir = vim.fn.getcwd(),
    init_options = { perfhint = { budgets = { latency_s = 1e-15 } } },
    flags = { debounce_text_changes = 0 },
  }, { bufnr = buf })
  vim.lsp.inlay_hint.enable(true, { bufnr = buf })
  table.insert(buffers, { buf = buf, path = path, ft = ft })
end

local client = vim.lsp.get_client_by_id(client_id)
report.offset_encoding = client and client.offset_encoding

-- Neovim re-requests hints on workspace/inlayHint/refresh only for buffers shown in a
-- window, and a refresh that lands while buffers are being switched can be missed: show the
-- buffer (a user would look at it) and ask again.
local function rerequest_hints(buf)
  vim.api.nvim_set_current_buf(buf)
  vim.lsp.inlay_hint.enable(false, { bufnr = buf })
  vim.lsp.inlay_hint.enable(true, { bufnr = buf })
end

local function hover_at(buf, line)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = 0 } }
  local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, timeout_ms)
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then return r.result.contents.value end
  end
  return ""
end

for _, b in ipairs(buffers) do
  vim.api.nvim_set_current_buf(b.buf)
  local entry = { path = b.path, filetype = b.ft }
  report.files[b.path] = entry
  -- the server sends the changed functions' hints first and the file summary after the
  -- whole file: wait for the summary, so the report holds the complete set
  local last_ask = vim.uv.now()
  local ok = vim.wait(timeout_ms, function()
    if vim.uv.now() - last_ask > 2000 then
      rerequest_hints(b.buf)
      last_ask = vim.uv.now()
    end
    if #vim.diagnostic.get(b.buf) == 0 then return false end
    for _, l in ipairs(hint_labels(b.buf)) do
      if l.label:sub(1, 5) == "file " then return true end
    end
    return false
  end, 100)
  if not ok then fail("no diagnostics/hints for " .. b.path) end
  entry.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(b.buf)) do
    table.insert(entry.diagnostics, { line = d.lnum, message = d.message, severity = d.severity, source = d.source })
  end
  entry.hints = hint_labels(b.buf)
  -- hover at the line of the first function hint (not the file summary on line 0 if possible)
  b.hover_line = entry.hints[#entry.hints] and entry.hints[#entry.hints].line or 0
  entry.hover = hover_at(b.buf, b.hover_line)
end

local first = buffers[1].buf
local res = client:request_sync("workspace/executeCommand", { command = "perfhint.listProfiles", arguments = {} }, timeout_ms, first)
report.profiles = res and res.result or vim.NIL
local before = {}
for _, b in ipairs(buffers) do before[b.path] = joined(hint_labels(b.buf)) end

local target = os.getenv("PERFHINT_SWITCH_TO")
res = client:request_sync("workspace/executeCommand", { command = "perfhint.setProfile", arguments = { target } }, timeout_ms, first)
report.set_profile = res and res.result or vim.NIL
-- every file is re-predicted for the new profile: its hover names it. Hints change where the
-- model's (deterministic) medians differ between the profiles, so they are recorded, and the
-- test asks that some file's do.
for _, b in ipairs(buffers) do
  local entry = report.files[b.path]
  rerequest_hints(b.buf)
  local switched = vim.wait(timeout_ms, function()
    return joined(hint_labels(b.buf)) ~= "" and hover_at(b.buf, b.hover_line):find(target, 1, true) ~= nil
  end, 200)
  if not switched then fail("no prediction for " .. target .. " after setProfile for " .. b.path) end
  vim.wait(2000, function() return joined(hint_labels(b.buf)) ~= before[b.path] end, 100)
  entry.hints_after = hint_labels(b.buf)
  entry.hover_after = hover_at(b.buf, b.hover_line)
end

local f = io.open(os.getenv("PERFHINT_REPORT"), "w")
f:write(vim.json.encode(report))
f:close()
vim.cmd("qa!")
