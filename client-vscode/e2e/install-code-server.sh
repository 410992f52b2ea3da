#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last release on node 20) from npm into a
# cache directory, with the five workarounds this machine needs (see the steps below), plus
# the Debian packages the e2e test uses. Idempotent: a finished install is reused.
#
#   usage: install-code-server.sh DEST      (prints the path of the code-server binary)
set -euo pipefail

VERSION=4.100.3
DEST=$(realpath -m "${1:?usage: install-code-server.sh DEST}")
BIN="$DEST/node_modules/.bin/code-server"
STAMP="$DEST/.installed-$VERSION"

log() { echo "install-code-server: $*" >&2; }

# Debian packages: kerberos headers and pkg-config for the native modules, ripgrep for
# VS Code's search (the npm package downloads it), chromium for Playwright, emoji glyphs.
need=()
command -v rg >/dev/null || need+=(ripgrep)
command -v pkg-config >/dev/null || need+=(pkg-config)
[ -e /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v chromium >/dev/null || need+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    log "not root: install ${need[*]} yourself"; exit 1
  fi
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >&2
fi

if [ -f "$STAMP" ] && "$BIN" --version --config "$DEST/config.yaml" >/dev/null 2>&1; then
  echo "$BIN"
  exit 0
fi

log "installing code-server@$VERSION into $DEST"
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
echo '{"name": "code-server-cache", "private": true}' > package.json
# (1) as root, npm's lifecycle scripts need unsafe-perm; all scripts are run by hand below.
export npm_config_unsafe_perm=true
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >&2
npm rebuild argon2 >&2

cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
# (3) @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's instead.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# (2) kerberos builds against libkrb5-dev; (4) node-pty's script runs `npx node-gyp`, which the
# machine's npmrc (yes=false) cancels; (5) node-gyp compiles against the system node 20
# headers (npmrc nodedir), so nothing is downloaded.
npm_config_yes=true npm rebuild >&2
# What code-server's own postinstall would have done.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --no-audit --no-fund --omit=dev >&2)

"$BIN" --version --config "$DEST/config.yaml" >&2
touch "$STAMP"
echo "$BIN"
