#!/usr/bin/env bash
# Makes sure the browser tests have what they need: Chromium from the distribution's packages and the npm package
# playwright-core (pinned) under the given folder. Idempotent: when both are there it returns at once.
#   ensure-browser.sh <folder for node_modules> [playwright-core version]
set -euo pipefail

tools_dir=${1:?usage: ensure-browser.sh <tools folder> [playwright-core version]}
playwright_version=${2:-1.65.1}
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
	if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
		echo "ensure-browser: $chromium is missing; install Debian's chromium package (apt-get install chromium)" >&2
		exit 1
	fi
	echo "ensure-browser: installing chromium with apt-get"
	export DEBIAN_FRONTEND=noninteractive
	apt-get -o DPkg::Lock::Timeout=600 update -qq
	apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
fi

installed=$(node -p "try { require('$tools_dir/node_modules/playwright-core/package.json').version } catch (e) { '' }")
if [ "$installed" != "$playwright_version" ]; then
	echo "ensure-browser: installing playwright-core@$playwright_version into $tools_dir"
	mkdir -p "$tools_dir"
	# playwright-core downloads no browser; ours is the distribution's.
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --no-save --loglevel=error \
		--prefix "$tools_dir" "playwright-core@$playwright_version"
fi
echo "ensure-browser: $("$chromium" --version 2>/dev/null || echo chromium), playwright-core $playwright_version"
