#!/usr/bin/env bash
# FER2013: fer2013.csv (emotion,pixels,Usage) -> 48 x 48 PNGs + manifest with train/val/test.
# usage: data-scripts/prepare-fer2013.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep fer2013 "$@"
