#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no test tool may download its own browser here), and
# Chinese labels need CJK fonts. Install both when missing and we are root; otherwise say what to do.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${need[*]} for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
else
  echo "browser tests need: ${need[*]} (Debian: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
