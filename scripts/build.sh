#!/usr/bin/env bash
# Builds the self-contained console (PyInstaller, one folder) and self-tests the result offscreen.
# Usage: bash scripts/build.sh            -> dist/agent-console/ (Linux; the same spec on Windows/macOS)
# Env: AGENT_CONSOLE_VENV (default .venv); AGENT_CONSOLE_BUNDLE_WAYLAND=1 keeps native Wayland.
source "$(dirname "$0")/lib.sh"

install_system_packages "${QT_RUNTIME_PACKAGES[@]}" binutils
ensure_venv "[build]"

cd "$ROOT"
echo "==> pyinstaller build.spec"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec

echo "==> self-test of the frozen console (offscreen, settings isolated from this machine's)"
config_dir="$(mktemp -d)"
trap 'rm -rf "$config_dir"' EXIT
AGENT_CONSOLE_CONFIG_DIRS="$config_dir" AGENT_CONSOLE_DATA_DIR="$config_dir/data" \
  QT_QPA_PLATFORM=offscreen dist/agent-console/agent-console self-test

echo "==> bundle size"
"$VENV/bin/python" scripts/bundle_report.py --size-only
