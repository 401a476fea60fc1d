#!/usr/bin/env bash
# Builds the solution and runs every test; ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build ComplaintDesk.sln -c Release -warnaserror || { echo "tests: 0 passed, 1 failed (build failed)"; exit 1; }

dotnet test ComplaintDesk.sln -c Release --no-build --logger "trx" --results-directory "$results"
status=$?

# Count from the TRX files so the total covers every test assembly.
read -r passed failed skipped < <(python3 - "$results" 2>/dev/null <<'PY' || echo "0 0 0"
import glob, re, sys
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*>', text)
    if m:
        c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0))
        s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
