#!/usr/bin/env bash
# SynthFaces to disk: PNGs + manifest with the true factors (--identities --samples --size --seed --colour).
# usage: data-scripts/make-synth.sh --in DIR --out DIR [options]   (--help lists the options)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
source "$(dirname "$0")/_classpath.sh"
cdgan_prep synth "$@"
