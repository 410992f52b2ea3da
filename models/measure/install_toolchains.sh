#!/usr/bin/env bash
# Install the compilers and runtimes perfhint's measurement harness uses (Debian 12 + npm).
# Needs root. The package names come from models/measure/toolchains.toml (one table).
#   bash models/measure/install_toolchains.sh            # everything except GHC
#   WITH_HASKELL=1 bash models/measure/install_toolchains.sh   # also GHC (~1 GB, installed last)
# Swift has no Debian bookworm / PyPI / npm package: the harness reports it as unavailable.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
table="$here/toolchains.toml"

# package lists straight from the table, for languages whose command is not on PATH yet
# (so a preinstalled node or rustup toolchain is left alone)
pkgs() {
  python3 - "$table" "$1" <<'PY'
import shutil, sys, tomllib
table = tomllib.load(open(sys.argv[1], "rb"))
kind = sys.argv[2]
path = "/usr/local/bin:/usr/bin:/bin:" + __import__("os").path.expanduser("~/.cargo/bin")
out = []
for lang, t in table["languages"].items():
    tool = (t.get("compile") or t["run"])[0]
    if shutil.which(tool, path=path) or kind not in t:
        continue
    out += [p for p in t[kind].split() if p != "ghc"]
print(" ".join(sorted(set(out))))
PY
}
apt_pkgs=$(pkgs apt)
npm_pkgs=$(pkgs npm)
echo "apt: $apt_pkgs"
echo "npm: $npm_pkgs"

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# one package at a time, so one missing package does not sink the rest
for p in $apt_pkgs; do
  if dpkg -s "$p" >/dev/null 2>&1; then echo "have $p"; continue; fi
  echo "installing $p"
  apt-get install -y -q --no-install-recommends "$p" >/dev/null || echo "WARNING: apt package $p failed"
done
if [ -n "$npm_pkgs" ] && command -v npm >/dev/null; then
  for p in $npm_pkgs; do
    npm ls -g "$p" >/dev/null 2>&1 && { echo "have $p"; continue; }
    npm install -g --silent "$p" || echo "WARNING: npm package $p failed"
  done
fi
if [ "${WITH_HASKELL:-0}" = "1" ]; then
  apt-get install -y -q --no-install-recommends ghc >/dev/null || echo "WARNING: ghc failed"
fi
echo "done; available toolchains:"
cd "$here/../.." && { [ -x .venv/bin/python ] && .venv/bin/python -m perfhint.models.measure.harness --available || true; }
