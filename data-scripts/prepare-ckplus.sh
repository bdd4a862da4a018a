#!/usr/bin/env bash
# CK+: cohn-kanade-images/ + Emotion/ -> last 3 frames per labelled sequence, face crop, manifest.
# usage: data-scripts/prepare-ckplus.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep ckplus "$@"
