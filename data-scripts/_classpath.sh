#!/usr/bin/env bash
# Sourced by the data scripts: sets CDGAN_CP to the helper library's class path, building
# the library with Maven first when its jar is missing.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
CDGAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CDGAN_JAR="$CDGAN_ROOT/lib/target/cdgan-lib-0.1.0-SNAPSHOT.jar"
if [ ! -f "$CDGAN_JAR" ] || [ ! -d "$CDGAN_ROOT/lib/target/lib" ]; then
    echo "building the helper library (mvn package) ..." >&2
    (cd "$CDGAN_ROOT" && { mvn -o -q -DskipTests package || mvn -q -DskipTests package; }) >&2
fi
CDGAN_CP="$CDGAN_JAR:$CDGAN_ROOT/lib/target/lib/*"
export CDGAN_CP
# Runs the data-preparation command line with the given arguments.
cdgan_prep() {
    java -cp "$CDGAN_CP" org.cdgan.prep.Main "$@"
}
