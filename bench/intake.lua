-- wrk script for appeal intake: POST /api/v1/appeals with a bearer token (from the file in env TOKENS, one per
-- line, used round robin) and a unique Idempotency-Key per request; counts 201s per thread and prints them with
-- the latency percentiles. Titles are "bench-<RUN>-<thread>-<n>" so that the rows of a run can be counted.
local run = os.getenv("RUN") or "run"
local categories = {"WAGES", "SOCIAL_INSURANCE", "SAFETY", "OTHER"}
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  n = 0
  created = 0
  other = 0
  firstOther = nil
end

function request()
  n = n + 1
  local body = string.format(
    '{"category":"%s","title":"bench-%s-%d-%d","content":"load test appeal %d - wages unpaid for three months","anonymous":%s}',
    categories[n % #categories + 1], run, tid, n, n, tostring(n % 5 == 0))
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(n + tid * 7) % #tokens + 1],
    ["Idempotency-Key"] = string.format("%s-%d-%d", run, tid, n),
  }
  return wrk.format("POST", "/api/v1/appeals", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if firstOther == nil then firstOther = status .. " " .. string.sub(body, 1, 300) end
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
    local f = t:get("firstOther")
    if f then io.write("first non-201: ", f, "\n") end
  end
  io.write(string.format("requests: %d in %.2f s, errors: connect %d read %d write %d timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
  io.write(string.format("throughput: %.0f submissions/s (201 only: %.0f/s)\n",
    summary.requests / (summary.duration / 1e6), c / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("other statuses: %d\nCREATED=%d\n", o, c))
end
