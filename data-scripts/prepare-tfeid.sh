#!/usr/bin/env bash
# TFEID: a folder per expression, subject from the file name -> face crop, manifest.
# usage: data-scripts/prepare-tfeid.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep tfeid "$@"
