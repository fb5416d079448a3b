#!/bin/sh
# Install every Debian package molt2c needs to build, test and benchmark.
# Idempotent; run as root (or through sudo) on Debian 12.
set -eu

PACKAGES="
  build-essential autoconf automake libtool pkg-config
  libtcc-dev tcc
  libgc-dev
  libuv1-dev
  libgmp-dev
  libutf8proc-dev
  check
  python3
  clang clang-format libclang-rt-dev
  hyperfine time
"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
fi
echo "install-deps: installing$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
