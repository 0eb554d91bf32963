-- wrk script of the drills (faults.sh, topology.sh drill): counts the answers by status and prints one line,
-- "sent=N ok=N redirected=N s503=N s5xx=N other=N no_retry_after=N errors=N": ok is 2xx and 3xx, redirected
-- the 3xx among them (for a signed-in reader, the sign-in page), s503 every 503 and no_retry_after those
-- without Retry-After, s5xx the other 5xx, other the 4xx, errors wrk's socket errors and timeouts.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() s2, s3, s503, s5, other, bare = 0, 0, 0, 0, 0, 0 end
function response(status, headers, body)
	if status >= 200 and status < 400 then
		s2 = s2 + 1
		if status >= 300 then s3 = s3 + 1 end
	elseif status == 503 then
		s503 = s503 + 1
		if headers["Retry-After"] == nil and headers["retry-after"] == nil then bare = bare + 1 end
	elseif status >= 500 then s5 = s5 + 1
	else other = other + 1 end
end
function done(summary, latency, requests)
	local t = {0, 0, 0, 0, 0, 0}
	for _, th in ipairs(threads) do
		t[1] = t[1] + th:get("s2"); t[2] = t[2] + th:get("s3"); t[3] = t[3] + th:get("s503")
		t[4] = t[4] + th:get("s5"); t[5] = t[5] + th:get("other"); t[6] = t[6] + th:get("bare")
	end
	io.write(string.format("sent=%d ok=%d redirected=%d s503=%d s5xx=%d other=%d no_retry_after=%d errors=%d\n",
		summary.requests, t[1], t[2], t[3], t[4], t[5], t[6],
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
