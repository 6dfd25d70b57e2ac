"""The Python peer of exercise 16: what Python's json module writes and reads.

usage:
  python3 json_peer.py expected   print Python's encoding of the fixture records
  python3 json_peer.py read       read Swift's JSON from stdin and print, one line
                                  per record: sensor_id|epoch seconds|value_celsius|tags
"""
import datetime
import json
import sys

# The contract both sides agree on: sorted keys, no spaces, UTF-8 kept as is.
DUMP_OPTIONS = dict(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"   # ISO 8601, UTC, whole seconds

FIXTURE = [
    {"sensor_id": "greenhouse/north", "taken_at": "2024-05-01T08:30:00Z",
     "value_celsius": 21.5, "tags": ["glass", "söder"]},
    {"sensor_id": "lab-3", "taken_at": "2024-12-31T23:59:59Z",
     "value_celsius": -3.25, "tags": []},
    {"sensor_id": "roof \"east\" \\ attic", "taken_at": "2000-02-29T00:00:00Z",
     "value_celsius": 0.125, "tags": ["tab\there", "\U0001F321", "z\u00fcrich/w\u00e4denswil"]},
]


def expected():
    # Write UTF-8 bytes ourselves: the result must not depend on the locale.
    sys.stdout.buffer.write(json.dumps(FIXTURE, **DUMP_OPTIONS).encode("utf-8"))
    return 0


def read():
    records = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    lines = []
    for r in records:
        moment = datetime.datetime.strptime(r["taken_at"], DATE_FORMAT)
        epoch = int(moment.replace(tzinfo=datetime.timezone.utc).timestamp())
        lines.append("%s|%d|%r|%s\n" % (r["sensor_id"], epoch, r["value_celsius"], ",".join(r["tags"])))
    sys.stdout.buffer.write("".join(lines).encode("utf-8"))
    return 0


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    try:
        sys.exit(expected() if mode == "expected" else read())
    except Exception as error:   # report, don't hide: the Swift suite prints this
        print("PYTHON ERROR: %s: %s" % (type(error).__name__, error))
        sys.exit(3)
