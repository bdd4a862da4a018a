#!/usr/bin/env bash
# Runs the notebook series headless, in order, with the project's Java kernel, and ends with
# a one-screen summary of the results the notebooks wrote.
#
#   environment/run-workbook.sh [--data DIR] [--profile quick|ci|article] [--out DIR]
#
#   --data DIR      data folder holding ck48/, fer2013/ and orl_faces/ (default: ../shared/data
#                   beside the clone when it exists, else the synthetic SynthFaces set)
#   --profile NAME  quick (default: CPU, minutes), ci (smallest) or article (224 px, GPU)
#   --out DIR       output folder (default: runs/<profile> in the clone; git-ignored)
#   --only LIST     comma-separated notebook numbers to run, such as 01,02 (default: all)
#   --rebuild       rebuild the jars and reinstall the kernel before running
#
# The kernel is installed for the user when missing, and rebuilt and reinstalled when a
# source of the library or the kernel is newer than the installed kernel. CDGAN_KERNEL_PREFIX=DIR
# installs it under DIR instead (and points JUPYTER_PATH there), leaving ~/.local alone.
#
# Writes OUT/notebooks/NN-*.ipynb (executed), OUT/html/NN-*.html, OUT/timings.csv, and
# whatever the notebooks write (OUT/checkpoints, OUT/results, OUT/figures).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile="quick"
data=""
out=""
only=""
rebuild=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "run-workbook: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$profile" in
  quick|ci|article) ;;
  *) echo "run-workbook: profile '$profile' must be quick, ci or article" >&2; exit 2 ;;
esac
if [[ -n "$data" ]]; then
  [[ -d "$data" ]] || { echo "run-workbook: data folder '$data' does not exist; prepare it" \
    "with data-scripts/ or leave --data out" >&2; exit 2; }
  data="$(cd "$data" && pwd)"
fi
out="${out:-$repo/runs/$profile}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

py=/usr/bin/python3
"$py" -c 'import nbconvert, nbclient' 2>/dev/null || {
  echo "run-workbook: $py lacks nbconvert/nbclient; apt-get install jupyter-nbconvert" \
    "python3-nbclient" >&2; exit 2; }

# The kernel (and the library jars it carries) are built and installed when missing.
install=("$repo/environment/install-kernel.sh")
if [[ -n "${CDGAN_KERNEL_PREFIX:-}" ]]; then
  mkdir -p "$CDGAN_KERNEL_PREFIX"
  CDGAN_KERNEL_PREFIX="$(cd "$CDGAN_KERNEL_PREFIX" && pwd)"
  install+=(--prefix "$CDGAN_KERNEL_PREFIX")
  export JUPYTER_PATH="$CDGAN_KERNEL_PREFIX/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
fi
kernel_dir() {
  "$py" -c 'import sys; from jupyter_client.kernelspec import KernelSpecManager as M
try: print(M().get_kernel_spec("cdgan-java").resource_dir)
except Exception: sys.exit(1)' 2>/dev/null
}
if [[ $rebuild -eq 1 ]] || ! kdir="$(kernel_dir)"; then
  echo "run-workbook: building and installing the cdgan-java kernel (install-kernel.sh)"
  "${install[@]}"
elif [[ -n "$(find "$repo/lib/src/main" "$repo/environment/src/main" "$repo/pom.xml" \
              "$repo/lib/pom.xml" "$repo/environment/pom.xml" -newer "$kdir/kernel.json" \
              -type f -print -quit 2>/dev/null)" ]]; then
  echo "run-workbook: sources changed since the kernel was installed; rebuilding it"
  "${install[@]}"
fi

export CDGAN_PROFILE="$profile" CDGAN_OUT="$out"
if [[ -n "$data" ]]; then export CDGAN_DATA="$data"; else unset CDGAN_DATA; fi

mkdir -p "$out/notebooks" "$out/html"
timings="$out/timings.csv"
echo "notebook,seconds,status" > "$timings.tmp"
start_all=$(date +%s)
failed=0
for nb in "$repo"/notebooks/[0-9][0-9]-*.ipynb; do
  name="$(basename "$nb" .ipynb)"
  if [[ -n "$only" && ",$only," != *",${name:0:2},"* ]]; then continue; fi
  echo "run-workbook: $name ..."
  t0=$(date +%s)
  status=ok
  # cwd is the notebook's folder, so each notebook finds the repository as a user's would.
  # Errors are allowed so the executed copy (and its HTML) shows where a cell failed; the
  # first error is then reported here and the notebook counts as failed.
  rm -f "$out/notebooks/$name.ipynb"
  (cd "$repo/notebooks" && "$py" -m jupyter nbconvert --to notebook --execute \
      --ExecutePreprocessor.kernel_name=cdgan-java \
      --ExecutePreprocessor.timeout=-1 --allow-errors \
      --output-dir "$out/notebooks" --output "$name.ipynb" "$nb" \
      > "$out/notebooks/$name.log" 2>&1) || status=failed
  if [[ $status == ok ]]; then
    first_error="$("$py" - "$out/notebooks/$name.ipynb" <<'PY'
import json, sys
for i, cell in enumerate(json.load(open(sys.argv[1]))["cells"]):
    for o in cell.get("outputs", []):
        if o.get("output_type") == "error":
            print(f"cell {i}: {o.get('ename')}: {o.get('evalue', '')}".splitlines()[0][:300])
            sys.exit(0)
PY
)"
    [[ -z "$first_error" ]] || { status=failed; echo "run-workbook: $name: $first_error" >&2; }
  fi
  if [[ $status == failed ]]; then
    failed=$((failed + 1))
    echo "run-workbook: $name FAILED; see $out/notebooks/$name.log and its HTML copy" >&2
    tail -n 5 "$out/notebooks/$name.log" >&2
  fi
  if [[ -f "$out/notebooks/$name.ipynb" ]]; then
    "$py" -m jupyter nbconvert --to html --output-dir "$out/html" \
      "$out/notebooks/$name.ipynb" > /dev/null 2>&1 || true
  fi
  t1=$(date +%s)
  echo "$name,$((t1 - t0)),$status" >> "$timings.tmp"
  echo "run-workbook: $name $status in $((t1 - t0)) s"
done
total=$(( $(date +%s) - start_all ))
echo "total,$total,$([[ $failed -eq 0 ]] && echo ok || echo "$failed failed")" >> "$timings.tmp"
mv "$timings.tmp" "$timings"

"$repo/environment/workbook-summary.sh" "$out"
[[ $failed -eq 0 ]]
