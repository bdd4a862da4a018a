#!/usr/bin/env bash
# RAF-DB basic: EmoLabel/list_patition_label.txt + Image/aligned/ (or --original with crop) -> manifest with train/test.
# usage: data-scripts/prepare-rafdb.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep rafdb "$@"
