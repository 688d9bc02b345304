#!/usr/bin/env bash
# Installs Agent Console and opens it with demo data on the embedded database.
# Usage: bash scripts/demo.sh [more agent-console options, e.g. --lang fa]
source "$(dirname "$0")/lib.sh"

install_system_packages "${QT_RUNTIME_PACKAGES[@]}"
ensure_venv ""

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found: run this on a desktop session (or under xvfb-run)." >&2
  exit 1
fi
echo "==> starting agent-console --demo $*"
exec "$VENV/bin/agent-console" --demo "$@"
