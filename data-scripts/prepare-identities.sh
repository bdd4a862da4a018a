#!/usr/bin/env bash
# Any identity set, a folder per person (ORL, your own) -> face crop, identity manifest.
# usage: data-scripts/prepare-identities.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep identities "$@"
