#!/usr/bin/env bash
# Installs the cdgan-java kernel when missing, then runs the kernel's Python suites:
# Jupyter's conformance tests plus interrupt and signature tests (tests/test_kernel.py), and
# the headless notebook test (tests/check_notebook.py). The last line reads "N passed, N failed".
#
#   environment/test-kernel.sh [--reinstall]
#
# The kernel goes to a prefix (CDGAN_KERNEL_PREFIX, default environment/target/kernel-prefix),
# never to the user's Jupyter folders.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${CDGAN_KERNEL_PREFIX:-$here/target/kernel-prefix}"
spec="$prefix/share/jupyter/kernels/cdgan-java/kernel.json"

if [[ "${1:-}" == "--reinstall" || ! -f "$spec" ]]; then
  "$here/install-kernel.sh" --prefix "$prefix" || { echo "0 passed, 1 failed"; exit 1; }
fi
export JUPYTER_PATH="$prefix/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"

passed=0; failed=0
for suite in test_kernel.py check_notebook.py; do
  log="$(mktemp)"
  /usr/bin/python3 "$here/tests/$suite" 2>&1 | tee "$log" \
    | grep -v "^WARNING: \|Exception ignored in\|TypeError: 'NoneType'"
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)"
  rm -f "$log"
  if [[ -z "$line" ]]; then
    echo "test-kernel: $suite ended without a result line" >&2
    failed=$((failed + 1)); continue
  fi
  passed=$((passed + ${line%% passed*}))
  f="${line#*, }"; failed=$((failed + ${f%% failed}))
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
