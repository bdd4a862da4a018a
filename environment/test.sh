#!/usr/bin/env bash
# Runs every test of the workbook on this machine, installing what they need first:
#   1. Debian's Jupyter packages, the jars and the `cdgan-java` kernelspec (install-kernel.sh,
#      idempotent);
#   2. the JUnit suites of lib/ and environment/ (Maven Surefire);
#   3. Jupyter's kernel conformance suite and the kernel's protocol tests (test-kernel.sh);
#   4. the notebook series executed headless at the `ci` profile (test-notebooks.sh).
# Ends with one line "N passed, N failed" over all of them; exits non-zero on any failure.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
logs="$root/target/test-logs"
mkdir -p "$logs"

passed=0
failed=0
status=0

step() { printf '\n== %s\n' "$*"; }

step "test packages: Debian's opencv-data (Haar cascades for the face-crop tests)"
if [ ! -f /usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q \
    --no-install-recommends opencv-data
fi
export OMP_WAIT_POLICY=PASSIVE   # see the note in pom.xml

step "installing the kernel (and Jupyter, when missing)"
if ! bash environment/install-kernel.sh; then
  echo "test.sh: environment/install-kernel.sh failed; see its output above" >&2
  exit 1
fi

step "JUnit suites (mvn test)"
if mvn -B -ntp test > "$logs/maven.log" 2>&1; then
  grep -E "Tests run:|BUILD" "$logs/maven.log" | tail -n 3
else
  status=1
  grep -E "Tests run:|FAIL|ERROR" "$logs/maven.log" | tail -n 40
fi
read -r p f < <(/usr/bin/python3 environment/tests/surefire_totals.py lib/target/surefire-reports \
  environment/target/surefire-reports)
passed=$((passed + p))
failed=$((failed + f))
if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
  failed=$((failed + 1))   # the build itself failed before any test could report
fi

for suite in environment/test-kernel.sh environment/test-notebooks.sh; do
  [ -f "$suite" ] || continue
  step "$suite"
  bash "$suite" 2>&1 | tee "$logs/$(basename "$suite" .sh).log"
  rc=${PIPESTATUS[0]}
  [ "$rc" -eq 0 ] || status=1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/$(basename "$suite" .sh).log" | tail -n 1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | awk '{print $1}')))
    failed=$((failed + $(echo "$line" | awk '{print $3}')))
  elif [ "$rc" -ne 0 ]; then
    failed=$((failed + 1))
  fi
done

[ "$failed" -eq 0 ] || status=1
echo
echo "$passed passed, $failed failed"
exit "$status"
