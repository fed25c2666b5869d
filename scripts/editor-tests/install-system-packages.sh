#!/usr/bin/env bash
# System packages the editor tests need, installed from Debian only when missing: Chromium (the browser that drives
# code-server), ripgrep (code-server's search binary), Kerberos headers and a compiler for code-server's native modules.
set -euo pipefail
packages=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || packages+=(chromium)
command -v rg >/dev/null 2>&1 || packages+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || packages+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || packages+=(build-essential)
command -v python3 >/dev/null 2>&1 || packages+=(python3)
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "the editor tests need: ${packages[*]} (as root: apt-get install -y ${packages[*]})" >&2
  exit 1
fi
echo "installing ${packages[*]} for the editor tests" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
