#!/usr/bin/env bash
# The build the container image runs (Dockerfile) and CI runs too (.ci/run): the platform's packages compiled to
# JavaScript and the web app built, then the command checked. Dependencies are installed before it (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
node packages/cli/bin/blocksmith.js --version
