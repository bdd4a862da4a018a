#!/usr/bin/env bash
# CASIA-WebFace: a folder per person, first 35 (--subjects N) -> face crop, identity manifest.
# usage: data-scripts/prepare-casia.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep casia "$@"
