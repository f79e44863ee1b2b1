-- The fleet's rate limiter, one API key: both windows (requests, tokens), the in-flight
-- reservations and the Retry-After block, updated atomically with the server's clock.
-- It ports errspec-runtime's limiter/window.rs and limiter/state.rs to server milliseconds.
--
-- KEYS: 1 requests window (hash), 2 tokens window (hash), 3 reservations (zset: member
-- "id:tokens", score = expiry), 4 Retry-After block (string, its TTL is the block),
-- 5 reservation counter, 6 "a response was seen" (string).
-- ARGV: 1 op (acquire | observe | snapshot), 2 reset margin, 3 max hold, 4 unknown reset
-- wait, 5 reservation lease, 6 state TTL (all ms), then the op's own (see each op).

-- Scripts that read TIME and then write replicate their effects (Redis 5 and 6 need asking).
if redis.replicate_commands then pcall(redis.replicate_commands) end

local MIN_WAIT = 1
local cfg = {
  margin = tonumber(ARGV[2]), max_hold = tonumber(ARGV[3]), unknown = tonumber(ARGV[4]),
  lease = tonumber(ARGV[5]), ttl = tonumber(ARGV[6]),
}

-- Integers as Redis arguments, never in exponent notation.
local function s(x) return string.format('%.0f', x) end
local function num(v)
  if v == false or v == nil or v == '' then return nil end
  return tonumber(v)
end

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

local FIELDS = { 'limit', 'remaining', 'reset', 'period' }

local function load(key)
  local v = redis.call('HMGET', key, unpack(FIELDS))
  local w = { limit = num(v[1]), remaining = num(v[2]), reset = num(v[3]), period = num(v[4]) or 0 }
  w.loaded = { w.limit, w.remaining, w.reset, w.period }
  return w
end

-- Writes the window back (and sets its TTL again), unless nothing changed.
local function save(key, w)
  local now_values = { w.limit, w.remaining, w.reset, w.period }
  local same = true
  for i = 1, 4 do
    if now_values[i] ~= w.loaded[i] then same = false end
  end
  if same then return end
  redis.call('DEL', key)
  local f = {}
  for _, name in ipairs({ 'limit', 'remaining', 'reset' }) do
    if w[name] then table.insert(f, name); table.insert(f, s(w[name])) end
  end
  if w.period > 0 then table.insert(f, 'period'); table.insert(f, s(w.period)) end
  if #f > 0 then
    redis.call('HSET', key, unpack(f))
    redis.call('PEXPIRE', key, s(cfg.ttl))
  end
end

-- Live reservations (expired ones are dropped): their count and their tokens.
local function live()
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', s(now))
  local members = redis.call('ZRANGE', KEYS[3], 0, -1)
  local tokens = 0
  for _, m in ipairs(members) do tokens = tokens + (tonumber(string.match(m, ':(%d+)$')) or 0) end
  return #members, tokens
end

-- A new window where the old one has ended; requests in flight may count in it.
local function roll(w, in_flight)
  if not w.reset or now < w.reset + cfg.margin then return end
  if w.limit then w.remaining = math.max(w.limit - in_flight, 0) else w.remaining = nil end
  local nxt = nil
  if w.period > 0 then nxt = w.reset + w.period end
  if nxt and nxt > now then w.reset = nxt else w.reset = nil end
  if w.remaining == 0 and not w.reset then w.reset = now + cfg.unknown end
end

-- How long until `need` units can be taken (0: now).
local function wait_for(w, need)
  if not w.remaining then return 0 end
  if w.limit then need = math.min(need, w.limit) end
  if w.remaining >= need then return 0 end
  local until_ms = cfg.unknown
  if w.reset then until_ms = math.max(w.reset + cfg.margin - now, 0) end
  return math.max(until_ms, MIN_WAIT)
end

local function take(w, cost)
  if w.remaining then w.remaining = math.max(w.remaining - cost, 0) end
end

local function follow_limit(w, limit)
  if w.limit and w.remaining then w.remaining = math.max(w.remaining + limit - w.limit, 0) end
  w.limit = limit
end

-- Which window a reset between `earliest` and `latest` belongs to.
local function which(w, earliest, latest)
  if not w.reset or not earliest then
    if not w.reset and latest then return 'newer' end
    return 'same'
  end
  local tolerance = math.max(math.floor(w.period / 4), 5)
  if earliest > w.reset + tolerance then return 'newer' end
  if latest + tolerance < w.reset then return 'older' end
  return 'same'
end

-- Puts one limit's report in; returns whether it explains a throttle.
local function observe(w, sent, limit, remaining, reset, others, throttled)
  if reset then
    reset = math.min(reset, cfg.max_hold)
    w.period = math.max(w.period, reset)
  end
  if limit then follow_limit(w, limit) end
  local hit = false
  if throttled then
    if remaining then hit = remaining == 0 else hit = reset ~= nil end
  end
  local reported = remaining
  if hit then reported = 0 end
  if not reported then return false end
  local latest, earliest = nil, nil
  if reset then latest = now + reset; earliest = sent + reset end
  local kind = which(w, earliest, latest)
  if kind == 'older' then return false end
  if kind == 'newer' then
    w.reset = latest
    w.remaining = math.max(reported - others, 0)
  else
    if w.remaining then w.remaining = math.min(w.remaining, reported) else w.remaining = reported end
    if latest then
      if w.reset then w.reset = math.max(w.reset, latest) else w.reset = latest end
    end
  end
  if w.remaining == 0 and not w.reset then w.reset = now + cfg.unknown end
  return hit
end

local function block_left()
  local left = redis.call('PTTL', KEYS[4])
  if left > 0 then return left end
  return 0
end

local op = ARGV[1]
local requests, tokens = load(KEYS[1]), load(KEYS[2])
local n, n_tokens = live()
roll(requests, n)
roll(tokens, n_tokens)

-- While no response has told the fleet anything (a cold start): how long a request waits
-- for the first one, `probes` reservations being in flight already (0: it goes). It waits
-- about as long as the oldest has been out, and never past `unknown` after its grant.
local function cold_wait(probes)
  if probes <= 0 or n < probes then return 0 end
  for _, w in ipairs({ requests, tokens }) do
    if w.limit or w.remaining then return 0 end
  end
  if redis.call('EXISTS', KEYS[6]) == 1 then return 0 end
  local oldest = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
  local age = now - (tonumber(oldest[2]) - cfg.lease)
  if age >= cfg.unknown then return 0 end
  return math.max(math.min(age, cfg.unknown - age, 100), MIN_WAIT)
end

if op == 'acquire' then
  -- ARGV: 7 tokens asked, 8 "1" to admit without asking, 9 cold-start probes.
  local cost = tonumber(ARGV[7])
  if ARGV[8] ~= '1' then
    local wait = math.max(block_left(), wait_for(requests, 1), wait_for(tokens, math.max(cost, 1)))
    if wait == 0 then wait = cold_wait(tonumber(ARGV[9]) or 0) end
    if wait > 0 then
      save(KEYS[1], requests)
      save(KEYS[2], tokens)
      return { 0, math.min(math.max(wait, MIN_WAIT), cfg.max_hold), '' }
    end
  end
  take(requests, 1)
  take(tokens, cost)
  save(KEYS[1], requests)
  save(KEYS[2], tokens)
  local id = redis.call('INCR', KEYS[5])
  redis.call('PEXPIRE', KEYS[5], s(cfg.ttl))
  local member = id .. ':' .. s(cost)
  redis.call('ZADD', KEYS[3], s(now + cfg.lease), member)
  -- Every member expires within the lease of the newest.
  redis.call('PEXPIRE', KEYS[3], s(cfg.lease))
  return { 1, now, member }
elseif op == 'observe' then
  -- ARGV: 7 own reservation ("" none), 8 "1" to release it, 9 when it was granted (ms,
  -- "" unknown), 10 "1" for a throttle, 11-13 requests limit, remaining, reset (ms),
  -- 14-16 the same for tokens, 17 Retry-After (ms); "" for anything not reported.
  local own = ARGV[7]
  local others, others_tokens = n, n_tokens
  if own ~= '' and redis.call('ZSCORE', KEYS[3], own) then
    others = others - 1
    others_tokens = others_tokens - (tonumber(string.match(own, ':(%d+)$')) or 0)
  end
  local sent = math.min(num(ARGV[9]) or now, now)
  local throttled = ARGV[10] == '1'
  local hit_r = observe(requests, sent, num(ARGV[11]), num(ARGV[12]), num(ARGV[13]), others, throttled)
  local hit_t = observe(tokens, sent, num(ARGV[14]), num(ARGV[15]), num(ARGV[16]), others_tokens, throttled)
  local retry_after = num(ARGV[17])
  if throttled and retry_after and retry_after > 0 then
    local hold = math.min(retry_after, cfg.max_hold)
    if hold > block_left() then redis.call('SET', KEYS[4], '1', 'PX', s(hold)) end
  end
  save(KEYS[1], requests)
  save(KEYS[2], tokens)
  redis.call('SET', KEYS[6], '1', 'PX', s(cfg.ttl))
  if ARGV[8] == '1' and own ~= '' then redis.call('ZREM', KEYS[3], own) end
  if hit_r or hit_t then return 1 end
  return 0
elseif op == 'snapshot' then
  save(KEYS[1], requests)
  save(KEYS[2], tokens)
  local function view(w)
    local reset_in = -1
    if w.reset then reset_in = math.max(w.reset - now, 0) end
    return { w.limit or -1, w.remaining or -1, reset_in }
  end
  local r, k = view(requests), view(tokens)
  return { r[1], r[2], r[3], k[1], k[2], k[3], block_left(), n, n_tokens }
end
return redis.error_reply('unknown op ' .. tostring(op))
