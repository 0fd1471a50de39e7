"""Submissions flowing to two nodes while faults happen: each client thread posts appeals with a fresh
Idempotency-Key, to node A and B in turn, and retries the same key (on the other node) until it is acknowledged
(201, or 200 for a replay) or the run ends. Prints one JSON line: acknowledged keys, attempts, errors.
Usage: python3 two-nodes.py SECONDS THREADS TOKEN_FILE URL_A URL_B > result.json"""
import json, sys, threading, time, urllib.request, urllib.error, uuid

seconds, threads, token_file, urls = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
tokens = [t.strip() for t in open(token_file) if t.strip()]
end = time.time() + seconds
lock = threading.Lock()
acked, attempts, errors, latencies = [], [0], {}, []

def post(url, token, key):
    body = json.dumps({"category": "WAGES", "title": "bench-" + key, "content": "两节点故障测试：工资拖欠情况反映。"}).encode()
    req = urllib.request.Request(url + "/api/v1/appeals", data=body, method="POST", headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Idempotency-Key": key})
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            return res.status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception as e:
        return type(e).__name__

def client(n):
    i = n
    while time.time() < end:
        key, token = str(uuid.uuid4()), tokens[n % len(tokens)]
        while time.time() < end:
            url = urls[i % len(urls)]; i += 1
            t0 = time.time(); status = post(url, token, key)
            with lock:
                attempts[0] += 1
                if status in (200, 201):
                    acked.append(key); latencies.append(time.time() - t0); break
                errors[str(status)] = errors.get(str(status), 0) + 1
            time.sleep(0.2)

ts = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
[t.start() for t in ts]; [t.join() for t in ts]
latencies.sort()
print(json.dumps({"acked": acked, "attempts": attempts[0], "errors": errors,
                  "p50_ms": round(1000 * latencies[len(latencies) // 2]) if latencies else None,
                  "p99_ms": round(1000 * latencies[int(len(latencies) * 0.99)]) if latencies else None}))
