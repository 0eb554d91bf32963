-- wrk helper for src/bench/run-benchmarks.sh: rotate through a list of request paths, one per line
-- in a file (blank lines and lines starting with # are skipped), and report like wrk-report.lua.
--
--   wrk -t2 -c32 -d20s -s src/bench/wrk-rotate.lua http://127.0.0.1:18080 -- /tmp/incident-paths.txt
--
-- Every thread walks the whole list in order, starting at a different place (thread k of n starts
-- k/n of the way in), so that concurrent connections ask for different pages. The requests are
-- formatted once, in init(), so rotating costs no more per request than a fixed path.
--
-- With MMBENCH_UNIQUE=1 every request gets a query parameter of its own (n=<thread>-<count>), so
-- that no two requests share a page-cache key: each page is rendered afresh (the page cache keys
-- by the request's parameters). A line starting with @ is such a path on its own (the @ is not sent),
-- so that one list can mix pages served from the cache and pages rendered afresh (the JIT warm-up's).

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "wrk-report.lua")

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

local requests = {}
local paths = {}
local fresh = {}
local n = 0
local i = 0
local unique = os.getenv("MMBENCH_UNIQUE") == "1"
local sent = 0

function init(args)
  local file = args[1]
  if file == nil then
    error("wrk-rotate.lua: give the path list after --, e.g. wrk ... URL -- paths.txt")
  end
  local f = assert(io.open(file, "r"))
  for line in f:lines() do
    line = line:gsub("%s+$", "")
    if line ~= "" and line:sub(1, 1) ~= "#" then
      n = n + 1
      if line:sub(1, 1) == "@" then
        line = line:sub(2)
        fresh[n] = true
      end
      paths[n] = line
      requests[n] = wrk.format("GET", line)
    end
  end
  f:close()
  if n == 0 then
    error("wrk-rotate.lua: no paths in " .. file)
  end
  -- thread_no is set by setup(); threads are numbered from 1, spread their starting points
  local no = tonumber(thread_no) or 1
  local threads = tonumber(os.getenv("MMBENCH_THREADS") or "2") or 2
  i = math.floor((no - 1) * n / threads) % n
end

function request()
  i = i + 1
  if i > n then
    i = 1
  end
  if unique or fresh[i] then
    sent = sent + 1
    local separator = paths[i]:find("?", 1, true) and "&" or "?"
    return wrk.format("GET", paths[i] .. separator .. "n=" .. (thread_no or 1) .. "-" .. sent)
  end
  return requests[i]
end
