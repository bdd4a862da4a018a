#!/usr/bin/env bash
# Executes the notebook series at the ci profile on the real data beside the clone
# (../shared/data) and checks every executed notebook: no cell error, its figures present
# (by MIME type) and its result tables written. Last line: "N passed, N failed".
#
#   environment/test-notebooks.sh [--out DIR]     (default OUT: runs/ci-test, git-ignored)
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/runs/ci-test"
[[ "${1:-}" == "--out" ]] && out="$2"
data="$repo/../shared/data"
if [[ ! -d "$data" ]]; then
  echo "test-notebooks: no data at $data; CI keeps the real data beside the clone" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
rm -rf "$out/notebooks" "$out/html" "$out/results"
"$repo/environment/run-workbook.sh" --profile ci --data "$data" --out "$out"
run_status=$?

/usr/bin/python3 - "$repo" "$out" "$run_status" <<'PY'
import json, os, sys
repo, out, run_status = sys.argv[1], sys.argv[2], int(sys.argv[3])
# What each notebook must show: (plotly figures, PNG images, tables) at least, and the
# result tables it must leave in OUT/results.
expect = {
    "01-data-preparation": ((1, 3, 2), ["data"]),
    "02-baseline": ((1, 0, 1), ["baseline"]),
    "03-cdgan-training": ((1, 1, 1), ["cdgan"]),
    "04-ablations": ((1, 0, 1), ["ablation"]),
    "05-confusion-matrices": ((2, 0, 1), ["recall"]),
    "06-tsne": ((2, 0, 1), ["tsne"]),
    "07-expression-transfer": ((0, 2, 0), ["transfer"]),
    "08-disentanglement": ((1, 0, 1), ["probes"]),
}
def kinds(output):
    data = output.get("data", {})
    html = "".join(data.get("text/html", "")) if "text/html" in data else ""
    plotly = "application/vnd.plotly.v1+json" in data or "Plotly.newPlot" in html
    return (int(plotly), int("image/png" in data), int("<table" in html and not plotly))
passed = failed = 0
def check(name, ok, why):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {why}")
sources = sorted(f[:-6] for f in os.listdir(os.path.join(repo, "notebooks")) if f.endswith(".ipynb"))
check("series", sources == sorted(expect), f"notebooks/ holds {sources}")
for name, ((plots, pngs, tables), results) in sorted(expect.items()):
    path = os.path.join(out, "notebooks", name + ".ipynb")
    if not os.path.exists(path):
        check(name + " executed", False, "no executed copy (see its .log)")
        continue
    nb = json.load(open(path))
    errors, counts = [], [0, 0, 0]
    for i, cell in enumerate(nb["cells"]):
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                errors.append(f"cell {i}: {o.get('ename')}: {o.get('evalue', '')[:200]}")
            counts = [a + b for a, b in zip(counts, kinds(o))]
    check(name + " runs without cell errors", not errors, "; ".join(errors))
    check(name + " figures", counts[0] >= plots and counts[1] >= pngs and counts[2] >= tables,
          f"has plotly/png/table {counts}, wants at least {[plots, pngs, tables]}")
    if counts[0]:
        # offline: the saved outputs must carry plotly.js itself, not a link to a CDN
        inline = any("plotly.js v" in "".join(o.get("data", {}).get("text/html", ""))
                     for c in nb["cells"] for o in c.get("outputs", []))
        check(name + " charts render offline", inline, "no output carries plotly.js")
    missing = [r for r in results if not os.path.exists(os.path.join(out, "results", r + ".csv"))]
    check(name + " results", not missing, f"missing results/{missing}.csv")
    html = os.path.join(out, "html", name + ".html")
    check(name + " html", os.path.exists(html), "no HTML copy")
check("runner exit status", run_status == 0, f"run-workbook.sh exited {run_status}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
