#!/usr/bin/env bash
# Your own faces: a folder per expression (optionally under train/ val/ test/) -> face crop, manifest.
# usage: data-scripts/prepare-folder.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep folder "$@"
