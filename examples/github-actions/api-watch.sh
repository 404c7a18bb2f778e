#!/usr/bin/env bash
# api-watch.sh: the steps of the api-watch workflow, runnable anywhere (the workflow calls it; so does our test).
#
#   1. `wikispec check --fail-on breaking`: fetch every configured wiki and compare with the committed snapshots.
#   2. `wikispec build`: rewrite generated/ (snapshots, OpenAPI, clients, docs site, changelogs).
#   3. Write the pull-request body: the newest CHANGELOG.md entry of every wiki whose changelog changed.
#
# Environment:
#   WIKISPEC         how to run wikispec (default: "npx --no-install wikispec")
#   WIKISPEC_CONFIG  config file (default: wikispec.config.json)
#   API_WATCH_OUT    where to write pr-body.md, changed, breaking (default: .api-watch; keep it out of git)
#   GITHUB_OUTPUT    set by GitHub Actions: receives changed=true|false and breaking=true|false
#
# Exit: 0 no breaking change (generated/ may have changed: see $API_WATCH_OUT/changed); 1 breaking changes (after
# generated/ was rebuilt, so the pull request can still be opened); anything else: wikispec's own exit code (3 bad
# config or snapshot, 4 a wiki could not be fetched).
set -uo pipefail

WIKISPEC="${WIKISPEC:-npx --no-install wikispec}"
CONFIG="${WIKISPEC_CONFIG:-wikispec.config.json}"
OUT="${API_WATCH_OUT:-.api-watch}"
mkdir -p "$OUT"
rm -f "$OUT/pr-body.md" "$OUT/check.txt" "$OUT/changed" "$OUT/breaking"

output() {
  printf '%s\n' "$2" >"$OUT/$1"
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; fi
}

# 1. Compare the live APIs with the committed snapshots (exit 1: stale and/or breaking; >1: failure).
check_rc=0
$WIKISPEC check --config "$CONFIG" --fail-on breaking >"$OUT/check.txt" || check_rc=$?
cat "$OUT/check.txt"
if [[ $check_rc -gt 1 ]]; then
  echo "api-watch: wikispec check failed (exit $check_rc)" >&2
  exit "$check_rc"
fi
breaking=false
if grep -q 'breaking API change(s) since the committed snapshot' "$OUT/check.txt"; then breaking=true; fi

# 2. Rebuild generated/ (a no-op when nothing changed: files are byte-identical).
build_rc=0
$WIKISPEC build --config "$CONFIG" || build_rc=$?
if [[ $build_rc -ne 0 ]]; then
  echo "api-watch: wikispec build failed (exit $build_rc)" >&2
  exit "$build_rc"
fi

# 3. What changed, and the pull-request body.
out_dir="$(node -e 'const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(c.outDir ?? "generated")' "$CONFIG")"
config_dir="$(dirname "$CONFIG")"
generated="$config_dir/$out_dir"
if [[ -z "$(git status --porcelain -- "$generated")" ]]; then
  output changed false
  output breaking "$breaking"
  echo "api-watch: no API change; generated/ is unchanged"
  exit 0
fi
output changed true
{
  echo "## MediaWiki API changes"
  echo
  echo "Opened by the api-watch workflow: \`wikispec build\` fetched the configured wikis and regenerated \`$out_dir/\`."
  if [[ "$breaking" == true ]]; then echo; echo "> [!CAUTION]"; echo "> **Breaking changes.** Clients built from the previous snapshots may fail; see below."; fi
  for changelog in "$generated"/*/CHANGELOG.md; do
    [[ -f "$changelog" ]] || continue
    # Untracked (new wiki) or modified changelogs only.
    if git ls-files --error-unmatch "$changelog" >/dev/null 2>&1 && git diff --quiet -- "$changelog"; then continue; fi
    wiki="$(basename "$(dirname "$changelog")")"
    echo
    echo "### $wiki"
    echo
    # The newest entry: from the first "## " heading to the next one.
    awk '/^## /{n++; if (n == 2) exit} n == 1 && !/^## /{print} n == 1 && /^## /{sub(/^## /, "**"); print $0 "**"}' "$changelog"
  done
} >"$OUT/pr-body.md"
output breaking "$breaking"
echo "api-watch: generated/ changed; pull-request body in $OUT/pr-body.md"
if [[ "$breaking" == true ]]; then
  echo "api-watch: breaking API changes found (failing, as asked)" >&2
  exit 1
fi
exit 0
