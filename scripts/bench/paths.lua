-- wrk script: requests the paths given after `--` in turn, each connection starting at its own place.
-- Usage: wrk -s scripts/bench/paths.lua http://127.0.0.1:3301 -- /page /_next/static/chunks/x.css …
local paths = {}
local next_path = 0

function init(args)
  for _, path in ipairs(args) do paths[#paths + 1] = path end
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end
