#!/usr/bin/env bash
# Installs what building and testing LoopScope needs on Debian 12, and nothing more: the missing apt
# packages, then node_modules from package-lock.json when it is missing or stale. Idempotent, and
# quick (well under a second) when everything is present. Says what it installs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing=()
# clang + libclang-rt-14-dev: the libFuzzer targets (scripts/fuzz) and their sanitizer runtimes.
for package in cmake ninja-build g++ emscripten catch2 ccache chromium clang libclang-rt-14-dev; do
  installed "$package" || missing+=("$package")
done
# Node and npm may come from elsewhere (e.g. NodeSource); install Debian's only when absent.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v python3 >/dev/null || missing+=(python3)  # the conformance corpus and bench/ use it

if ((${#missing[@]})); then
  echo "setup: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q "${missing[@]}"
else
  echo "setup: apt packages present"
fi

# playwright-core needs node >= 20, and so do the WebAssembly tail calls the module uses (node 18
# needs a flag). Debian 12's own nodejs is 18; this machine image brings 20 (NodeSource).
node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "setup: node $(node --version) is too old: LoopScope's tests and build need node >= 20 at /usr/bin/node" >&2
  exit 1
fi

# node_modules is current when it was installed from this exact package-lock.json.
stamp="$root/node_modules/.loopscope-package-lock.sha256"
want="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: npm ci (node_modules missing or not from the current package-lock.json)"
  (cd "$root" && npm ci --no-audit --no-fund)
  echo "$want" >"$stamp"
else
  echo "setup: node_modules up to date"
fi
