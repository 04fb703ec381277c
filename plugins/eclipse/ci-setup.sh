#!/bin/sh
# Installs what the Eclipse plugin's tests need on a fresh Debian/Ubuntu machine: a virtual X
# server (the tests start their own Xvfb when DISPLAY is unset), GTK 3 for SWT, XTest for posted
# events, and a font. Idempotent: installs only what is missing. Uses sudo only when not root.
set -eu
packages="xvfb xauth libgtk-3-0 libxtst6 fonts-dejavu-core"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "ci-setup: all of $packages already installed"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "ci-setup: installing$missing"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $missing
