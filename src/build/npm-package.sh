#!/usr/bin/env bash
# Installs one npm package at a pinned version under a folder (its node_modules), unless that version is there
# already: a rebuild needs no network. Fails when the package's file the build needs is missing afterwards.
#   npm-package.sh <folder> <package> <version> [file inside the package that must exist]
set -euo pipefail

prefix=${1:?usage: npm-package.sh <folder> <package> <version> [required file]}
package=${2:?package}
version=${3:?version}
required=${4:-package.json}
home="$prefix/node_modules/$package"

installed=$(node -p "try { require('$home/package.json').version } catch (e) { '' }")
if [ "$installed" != "$version" ]; then
	echo "npm-package: installing $package@$version into $prefix"
	mkdir -p "$prefix"
	npm install --no-audit --no-fund --no-save --ignore-scripts --omit=peer --loglevel=error \
		--prefix "$prefix" "$package@$version"
fi
if [ ! -f "$home/$required" ]; then
	echo "npm-package: $home/$required is missing after installing $package@$version" >&2
	exit 1
fi
