-- The fleet's retry budget, one API key: errspec-runtime's budget.rs (a token bucket and
-- the retry-ratio window counted per second) on the server, with the server's clock.
--
-- KEYS: 1 bucket (hash: tokens), 2 ratio window (hash: "r:<second>" retries,
-- "f:<second>" failing calls, "newest" second seen).
-- ARGV: 1 op (retry | refund | deposit | read), 2 capacity, 3 ratio on ("1"), 4 percent,
-- 5 minimum retries, 6 window (s), 7 bucket TTL (ms), then the op's own.

if redis.replicate_commands then pcall(redis.replicate_commands) end

local function s(x) return string.format('%.0f', x) end
local capacity = tonumber(ARGV[2])
local ratio_on = ARGV[3] == '1'
local percent, min_retries, len = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local ttl = tonumber(ARGV[7])

local tokens = tonumber(redis.call('HGET', KEYS[1], 'tokens')) or capacity
-- The window never slides back, whatever a clock did.
local second = math.max(tonumber(redis.call('TIME')[1]),
  tonumber(redis.call('HGET', KEYS[2], 'newest')) or 0)

-- Retries and failing calls in the window ending at `second`; older seconds are dropped.
local function counts()
  local all = redis.call('HGETALL', KEYS[2])
  local r, f = 0, 0
  for i = 1, #all, 2 do
    local kind, at = string.match(all[i], '^(%a):(%d+)$')
    if kind then
      at = tonumber(at)
      if at <= second - len then
        redis.call('HDEL', KEYS[2], all[i])
      elseif at <= second then
        if kind == 'r' then r = r + tonumber(all[i + 1]) else f = f + tonumber(all[i + 1]) end
      end
    end
  end
  return r, f, math.max(min_retries, math.floor(f * percent / 100))
end

local function touch_window()
  redis.call('HSET', KEYS[2], 'newest', s(second))
  redis.call('PEXPIRE', KEYS[2], s((len + 1) * 1000))
end

local function set_tokens(value)
  redis.call('HSET', KEYS[1], 'tokens', s(value))
  redis.call('PEXPIRE', KEYS[1], s(ttl))
end

-- Puts `amount` tokens back, never above the capacity.
local function give_back(amount)
  tokens = math.min(tokens + amount, capacity)
  set_tokens(tokens)
end

local op = ARGV[1]
if op == 'retry' then
  -- ARGV: 8 cost, 9 "1" when the failed attempt was the call's first.
  local cost = tonumber(ARGV[8])
  if ratio_on then
    if ARGV[9] == '1' then redis.call('HINCRBY', KEYS[2], 'f:' .. s(second), 1) end
    touch_window()
    local r, _, allowed = counts()
    if r >= allowed then return { 0, tokens, -1 } end
  end
  if tokens < cost then return { 0, tokens, -1 } end
  tokens = tokens - cost
  set_tokens(tokens)
  if not ratio_on then return { 1, tokens, -1 } end
  redis.call('HINCRBY', KEYS[2], 'r:' .. s(second), 1)
  return { 1, tokens, second }
elseif op == 'refund' then
  -- ARGV: 8 amount, 9 the second the retry was counted in (-1: none). A retry paid for
  -- and never sent: its tokens back, and its count in the window while that is there.
  give_back(tonumber(ARGV[8]))
  local at = tonumber(ARGV[9])
  if ratio_on and at >= 0 then
    local field = 'r:' .. s(at)
    local r = tonumber(redis.call('HGET', KEYS[2], field))
    if r and r > 0 then redis.call('HINCRBY', KEYS[2], field, -1) end
  end
  return tokens
elseif op == 'deposit' then
  -- ARGV: 8 amount.
  give_back(tonumber(ARGV[8]))
  return tokens
elseif op == 'read' then
  if not ratio_on then return { tokens, -1, -1, -1 } end
  local r, f, allowed = counts()
  return { tokens, r, f, allowed }
end
return redis.error_reply('unknown op ' .. tostring(op))
