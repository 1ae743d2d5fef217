-- wrk script: POST /api/activities/messages with a new idempotency key per request, commerces
-- taken in turn. TOKEN, TENANT and COMMERCES (comma-separated ids) come from the environment.
local counter = 0
local threads = 0
local commerces = {}
for id in string.gmatch(os.getenv("COMMERCES"), "[^,]+") do
  table.insert(commerces, id)
end

function setup(thread)
  threads = threads + 1
  thread:set("prefix", os.getenv("RUN") .. "-" .. threads)
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"reason":"Side-by-side %d","channel":"WHATSAPP","commerce_id":"%s",' ..
    '"idempotency_key":"%s-%d","scheduled_at":"%s"}',
    counter, commerces[(counter % #commerces) + 1], prefix, counter, os.getenv("SCHEDULED_AT"))
  return wrk.format("POST", "/api/activities/messages", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
    ["x-tenant-id"] = os.getenv("TENANT"),
  }, body)
end
