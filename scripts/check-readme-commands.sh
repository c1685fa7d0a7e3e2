#!/usr/bin/env bash
# Runs the README's "Two commands", exactly as written, in a fresh clone of this repository (HEAD).
# Usage: scripts/check-readme-commands.sh        (takes a few minutes: a full install and the whole test suite)
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/main"
# The contract suite reads the official OpenAPI specs from ../shared beside the checkout, as CI provides them.
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi
# The commands are the non-comment lines of the first sh block after the "## Two commands" heading.
mapfile -t commands < <(awk '/^## Two commands/{f=1} f&&/^```sh/{b=1;next} b&&/^```/{exit} b&&!/^#/&&NF' "$repo/README.md")
[ "${#commands[@]}" -eq 2 ] || { echo "expected 2 commands in README, found ${#commands[@]}" >&2; exit 1; }
for cmd in "${commands[@]}"; do
  echo "── $cmd"
  (cd "$work/main" && bash -c "$cmd") || { echo "FAILED: $cmd" >&2; exit 1; }
done
echo "README commands OK on a fresh clone"
