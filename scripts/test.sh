#!/usr/bin/env bash
# Installs everything the tests need (system libraries, Python packages) and runs them.
# Usage: bash scripts/test.sh [pytest options]
source "$(dirname "$0")/lib.sh"

# The store tests run on real PostgreSQL and MariaDB servers, started from these binaries.
install_system_packages "${QT_RUNTIME_PACKAGES[@]}" postgresql mariadb-server
ensure_venv "[test]"

cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "==> ruff, mypy, import contracts"
"$VENV/bin/ruff" check agent_console tests migrations
"$VENV/bin/mypy"
echo "==> pytest"
exec "$VENV/bin/python" -m pytest "$@"
