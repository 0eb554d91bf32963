-- wrk helper for src/bench/run-benchmarks.sh: after a run, print one parseable line with the
-- throughput, the latency percentiles wrk's --latency output lacks (p95) and the error counts.
--
--   wrk -t2 -c32 -d20s -s src/bench/wrk-report.lua http://127.0.0.1:18080/api/ping
--
-- prints (one line, keys in this order; latencies in milliseconds):
--   MMBENCH requests=N duration_s=S rps=R mean_ms= p50_ms= p90_ms= p95_ms= p99_ms= max_ms=
--           status_errors= connect_errors= read_errors= write_errors= timeouts= errors= bytes=
-- status_errors are responses with a status of 400 or more (wrk's own count); errors is their sum with
-- the socket errors. src/bench/wrk-rotate.lua loads this file for its done().

local function ms(us)
  return us / 1000.0
end

function done(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local rps = 0
  if seconds > 0 then
    rps = summary.requests / seconds
  end
  io.write(string.format(
    "MMBENCH requests=%d duration_s=%.3f rps=%.1f mean_ms=%.3f p50_ms=%.3f p90_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f "
      .. "status_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d errors=%d bytes=%d\n",
    summary.requests, seconds, rps, ms(latency.mean),
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)),
    ms(latency.max), e.status, e.connect, e.read, e.write, e.timeout, e.status + socket, summary.bytes))
end
