#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (fuzz/seeds/<target>/): a few dozen files each,
from tests/corpus and by hand. Deterministic: rerunning it rewrites the same files.
Run from the repository root: python3 fuzz/seeds/make_seeds.py"""

import json
import os
import random

ROOT = os.path.join(os.path.dirname(__file__))


def write(target, name, data):
    d = os.path.join(ROOT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def response(status, headers, body):
    head = "\n".join([str(status)] + [f"{n}: {v}" for n, v in headers])
    return head.encode() + b"\n\n" + body


# classify: a spread of real responses from the corpus, then hand-made edge cases.
for provider, take in [("openai", 10), ("anthropic", 6), ("azure_openai", 6), ("gemini", 6), ("gateways", 5)]:
    cases = json.load(open(f"tests/corpus/{provider}.json"))["cases"]
    step = max(1, len(cases) // take)
    for case in cases[::step][:take]:
        body = case["body_text"].encode() if "body_text" in case else json.dumps(case["body"]).encode()
        write("classify", case["id"], response(case["status"], case["headers"], body))
hand = {
    "empty": b"",
    "status-only-429": b"429\n\n",
    "not-a-status": b"abc\nx-request-id: r1\n\n{}",
    "escaped-message": response(429, [], rb'{"error":{"message":"try again in 1.5s \u00e9 \ud83d\ude00 \"q\"","type":"requests","code":"rate_limit_exceeded"}}'),
    "nested-deep": response(400, [], b'{"error":' * 200 + b'1' + b'}' * 200),
    "unterminated": response(500, [], b'{"error":{"message":"no end'),
    "numbers-as-code": response(429, [], b'{"error":{"code":429,"message":"x","type":null}}'),
    "google-retryinfo": response(429, [], b'{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"Quota","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"36s"},{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"GenerateRequestsPerMinute"}]}]}}'),
    "anthropic-overloaded": response(529, [("anthropic-ratelimit-requests-remaining", "0")], b'{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'),
    "azure-inner": response(400, [("apim-request-id", "x")], b'{"error":{"code":"content_filter","innererror":{"code":"ResponsibleAIPolicyViolation"},"message":"filtered"}}'),
    "html-502": response(502, [("content-type", "text/html")], b"<html><body>Bad Gateway</body></html>"),
    "in-band-sse": response(200, [], b'data: {"error":{"message":"server_error","type":"server_error","code":"server_error"}}\n\n'),
    "bom-json": response(401, [], b'\xef\xbb\xbf{"error":{"code":"invalid_api_key","message":"Incorrect API key provided: sk-abc"}}'),
    "invalid-utf8": response(400, [], b'{"error":{"message":"\xff\xfe bad","code":"\xc3"}}'),
    "headers-hostile": response(429, [("retry-after", "99999999999999999999"), ("retry-after-ms", "NaN"), ("x-ratelimit-reset-requests", "9999999h"), ("x-should-retry", "true")], b'{"error":{"message":"Please try again in 6m0s.","code":"rate_limit_exceeded"}}'),
}
for name, data in hand.items():
    write("classify", name, data)

# hints: header values one per line, and messages.
hints = {
    "retry-after-seconds": "20\n0\n1\n86400",
    "retry-after-date": "Wed, 21 Oct 2015 07:28:00 GMT\nSun, 06 Nov 1994 08:49:37 GMT\nMonday, 32-Jan-99 99:99:99 GMT",
    "retry-after-ms": "100\n0.5\n1500.25\n-1\nNaN\ninf\n1e309",
    "go-durations": "6m0s\n1s\n20ms\n1h2m3.5s\n0s\n1.2s\n500us\n3µs\n7ns",
    "go-hostile": "-1s\n99999999999h\n1.s\n.5s\ns\n1x\n1m1m\n" + "9" * 70 + "s",
    "counts": "0\n18446744073709551615\n18446744073709551616\n+1\n 49 \n007",
    "should-retry": "true\nfalse\nTRUE\n1\nyes",
    "message-openai": "Rate limit reached for gpt-4 in organization org-x on tokens per min. Limit: 10000, Used: 9000, Requested: 2000. Please try again in 6ms. Visit https://platform.openai.com",
    "message-units": "Please try again in 1.5s.\nPlease try again in 20s.\ntry again in 1m30s\nretry after 3 seconds\nretry in 2 minutes",
    "message-hostile": "try again in " + "9" * 40 + "s\ntry again in -5s\ntry again in NaNs\nretry after ",
    "message-long": "x" * 5000 + " try again in 3s",
    "empty": "",
    "newlines": "\n\n\n",
    "invalid-utf8": b"\xff\xfe20\n\xc3\x28",
    "retry-delay": "36s\n1.5s\n0s\n-3s\n3.000000001s",
}
for name, data in hints.items():
    write("hints", name, data)
for i in range(12):
    rng = random.Random(i)
    atoms = ["1", "0", "s", "m", "h", "ms", ".", "-", " ", "20", "try again in ", "GMT", ",", "\n", "9" * 12]
    write("hints", f"mixed-{i:02}", "".join(rng.choice(atoms) for _ in range(rng.randint(3, 40))))

# redact: keys and tokens in the shapes redaction recognises, and text that is none.
redact = {
    "openai-key": "Incorrect API key provided: sk-proj-abc123DEF456ghi789. You can find your API key at https://platform.openai.com",
    "masked-by-server": "Incorrect API key provided: sk-abc1****************xyz9.",
    "anthropic-key": "x-api-key: sk-ant-api03-AbCdEf_GhIjKl-MnOp",
    "service-account": "sk-svcacct-XYZ and sk-admin-123",
    "bearer": "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_+/=",
    "bearer-lower": "bearer  tok12345678",
    "bearer-short": "a bearer of news, Bearer abc",
    "words": "risk-free task-based sk- sk",
    "json-body": '{"error":{"message":"Incorrect API key provided: sk-abc123","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
    "unicode": "é sk-é ésk-x ünïcødé sk-ü",
    "many": " ".join(f"sk-{i:04}" for i in range(200)),
    "empty": "",
    "mask-only": "sk-**** sk-proj-**** Bearer ****",
    "url": "https://api.example.com/v1?api_key=sk-live123&x=1",
    "invalid-utf8": b"sk-\xff\xfeabc Bearer \xc3\x28abcdefgh",
    "key-after-punct": "(sk-abc) [sk-def] 'sk-ghi' \"sk-jkl\" <sk-mno>",
    "newline-key": "line\nsk-abc\r\nsk-def\tsk-ghi",
}
for name, data in redact.items():
    write("redact", name, data)
for i in range(10):
    rng = random.Random(100 + i)
    atoms = ["sk-", "proj-", "ant-", "Bearer ", "bearer\t", "abc", "123", "_", "-", "*", " ", ".", "=", "é", "\n", "key"]
    write("redact", f"mixed-{i:02}", "".join(rng.choice(atoms) for _ in range(rng.randint(3, 30))))

# limiter: byte scripts (format in fuzz/invariants/limiter.rs). Config 0x96: 60 s hold,
# 1 s unknown-reset wait, no margin, adaptive on (the defaults).
DEFAULT = 0x96
ACQ, OBS_HELD, OBS, REL, ADV_MS, ADV_S, ADMIT, LIVE = range(8)
limiter = {
    # The minimal input: a 429 with only remaining-requests 1, then an acquire.
    "issue-16-remaining-only": [DEFAULT, OBS, 1, 0x02, 1, ACQ, 1, LIVE, 1],
    "issue-16-day-later": [DEFAULT, OBS, 1, 0x02, 1, ACQ, 1, ADV_S, 255, ACQ, 0],
    "issue-16-max-hold-zero": [0x10, OBS, 1, 0x07, 2, 0, 40, ACQ, 0, ACQ, 1, LIVE, 0],
    "openai-trio": [DEFAULT, ACQ, 0, OBS_HELD, 0, 0, 0x07, 3, 2, 1, REL, 0, ACQ, 0, ACQ, 0, ADV_S, 1, ACQ, 0, LIVE, 0],
    "tokens-trio": [DEFAULT, ACQ, 4, OBS_HELD, 0, 0, 0x38, 100, 0, 27, ACQ, 2, ACQ, 4, LIVE, 4],
    "retry-after": [DEFAULT, OBS, 1, 0x40, 30, ACQ, 0, ADV_S, 29, ACQ, 0, ADV_S, 1, ACQ, 0, LIVE, 0],
    "retry-after-date": [DEFAULT, OBS, 1, 0x40, 250, ACQ, 0, LIVE, 0],
    "retry-after-ms": [DEFAULT, OBS, 3, 0x80, 20, ACQ, 1, ADV_MS, 200, ACQ, 1],
    "hostile-values": [DEFAULT, OBS, 1, 0xFF, 254, 255, 255, 253, 253, 253, 255, 255, ACQ, 0, LIVE, 0],
    "unexplained-429s": [DEFAULT] + [ACQ, 0, OBS_HELD, 0, 1, 0, REL, 0, ADV_MS, 10] * 8 + [LIVE, 0],
    "azure-remaining-only": [DEFAULT] + [OBS, 1, 0x12, 3, 200, ACQ, 1, ACQ, 1, ACQ, 1, ADV_MS, 50] * 4 + [LIVE, 1],
    "limit-zero": [DEFAULT, OBS, 0, 0x07, 0, 0, 27, ACQ, 0, ACQ, 1, LIVE, 0],
    "in-flight-at-reset": [DEFAULT, ACQ, 0, ACQ, 0, OBS_HELD, 0, 0, 0x07, 2, 0, 27, ADV_S, 2, ACQ, 0, REL, 0, REL, 0, LIVE, 0],
    "late-response": [DEFAULT, ACQ, 0, ADV_S, 5, OBS_HELD, 0, 0, 0x07, 10, 0, 1, LIVE, 0],
    "admit-when-full": [DEFAULT, OBS, 1, 0x07, 1, 0, 200, ADMIT, 0, ADMIT, 6, ACQ, 0, LIVE, 0],
    "margin-max": [0xE6, OBS, 1, 0x07, 5, 0, 1, ACQ, 0, LIVE, 1],
    "unknown-wait-day": [0x1E, OBS, 1, 0x02, 1, ACQ, 1, LIVE, 1],
    "tiny-hold-adaptive": [0x81, OBS, 1, 0, ACQ, 0, ACQ, 0, LIVE, 0],
    "many-permits": [DEFAULT] + [ADMIT, 2] * 70 + [OBS_HELD, 5, 0, 0x3F, 100, 50, 27, 200, 10, 41, LIVE, 2],
    "long-idle": [DEFAULT, OBS, 1, 0x07, 10, 0, 254, ADV_S, 255, ADV_S, 255, ACQ, 0, LIVE, 0],
}
for name, script in limiter.items():
    write("limiter", name, bytes(script))
for i in range(12):
    rng = random.Random(200 + i)
    write("limiter", f"random-{i:02}", bytes([rng.choice([DEFAULT, rng.randrange(256)])] + [rng.randrange(256) for _ in range(rng.randint(8, 120))]))
