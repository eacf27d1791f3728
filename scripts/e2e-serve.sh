#!/usr/bin/env bash
# Production build (next build + next start) of the e2e content, in its own dist dir.
# E2E_SKIP_BUILD=1 reuses the last e2e build while iterating on specs.
set -euo pipefail
export CONTENT_DIR="${CONTENT_DIR:-$PWD/.e2e-content}"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
# Written by prepare-e2e.ts: site.config.yaml with markup.unsafeHtml on (the server reads it too).
export SITE_CONFIG="${SITE_CONFIG:-$CONTENT_DIR/site.config.yaml}"
export NEXT_TELEMETRY_DISABLED=1
if [ "${E2E_SKIP_BUILD:-0}" != "1" ]; then
  # It writes the SITE_CONFIG file, so it runs on the default configuration.
  env -u SITE_CONFIG npx tsx scripts/prepare-e2e.ts
  npx next build
  node scripts/carry-content.mjs
fi
exec node scripts/start.mjs "$@"
