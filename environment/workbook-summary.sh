#!/usr/bin/env bash
# Prints the one-screen summary of a workbook run from the files its notebooks wrote:
#   environment/workbook-summary.sh OUT
set -euo pipefail
out="${1:?usage: workbook-summary.sh OUT}"
table() { # prints a CSV as aligned columns
  /usr/bin/python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
for n, r in enumerate(rows):
    print("  " + "  ".join(v.ljust(widths[i]) for i, v in enumerate(r)).rstrip())
    if n == 0:
        print("  " + "  ".join("-" * w for w in widths))
PY
}
echo
echo "=== CD-GAN workbook: ${CDGAN_PROFILE:-?} profile, output in $out ==="
for t in ablation key-figures; do
  f="$out/results/$t.csv"
  if [[ -f "$f" ]]; then
    echo; echo "$t:"; table "$f"
  else
    echo; echo "$t: not written (its notebook did not finish)"
  fi
done
if [[ -f "$out/timings.csv" ]]; then
  echo; echo "wall time (s):"; table "$out/timings.csv"
fi
echo
