-- wrk script for bench/comments.sh: every request posts a new comment through the no-JavaScript form
-- (POST /comments/, form-encoded, with this site's Origin as a browser sends it), with a text and an email
-- unique to the request, spread over the articles given as arguments:
--   wrk ... -s post-comment.lua http://127.0.0.1:PORT -- http://127.0.0.1:PORT ID ID ID
--
-- The form answers a stored comment with 303 See Other to its place on the page (POST, then redirect): that
-- is the acknowledgement counted here. done() prints one line for the script to read: "acknowledged=N other=M seconds=S".

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  origin = args[1]
  articles = {}
  for i = 2, #args do table.insert(articles, args[i]) end
  sent, acknowledged, other = 0, 0, 0
  run = os.time() -- texts and emails stay unique across runs against the same server
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Origin"] = origin
end

function request()
  sent = sent + 1
  local article = articles[(sent % #articles) + 1]
  local tag = run .. "-" .. id .. "-" .. sent
  local body = "article=" .. article .. "&parent=&name=Bench+Reader+" .. id
    .. "&email=bench-" .. tag .. "%40example.org"
    .. "&text=Comment+" .. tag .. "+from+the+load+test%3A+the+tram+is+late+again+and+the+library+closes+early."
  return wrk.format("POST", "/comments/", nil, body)
end

function response(status, headers, body)
  if status == 303 and headers["Location"] ~= nil and string.find(headers["Location"], "#comment-") then
    acknowledged = acknowledged + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("acknowledged")
    bad = bad + thread:get("other")
  end
  io.write(string.format("acknowledged=%d other=%d seconds=%.3f\n", ok, bad, summary.duration / 1e6))
end
