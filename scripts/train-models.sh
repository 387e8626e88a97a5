#!/usr/bin/env bash
# Rebuilds every shipped model and its data card from the shared annotated data (see README, "Trained models").
# Usage: scripts/train-models.sh [DATA_DIR]   (default ../shared/data, relative to the repository root)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$here/sitrep" train --data "${1:-$here/../shared/data}"
