#!/usr/bin/env bash
# `bash scripts/seed-report.sh BASE [SEEDS]`, from a repository's root: the ingest report of the seed
# pages (in SEEDS, `seeds` by default) changed since the git revision BASE (a pull request's base), as
# Markdown for a job summary. The ingest runs over
# every page into a temporary folder, as `npm run ingest` would; the script exits as it does, so a
# page that cannot be ingested (its text lost, its date unknowable) fails the check.
set -euo pipefail
base="${1:?usage: bash scripts/seed-report.sh BASE [SEEDS]}"
seeds="${2:-seeds}"
ingest="$(cd "$(dirname "$0")" && pwd)/ingest.ts"

mapfile -t changed < <(git diff --name-only "$base" HEAD -- "$seeds" | grep -E '\.txt$|/issues\.json$' || true)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
ARCHIVE_CACHE_DIR="$work/cache" node "$ingest" --seeds "$seeds" --out "$work/content" > "$work/report.txt" 2>&1 || status=$?

echo "## Ingest report for the seed pages this change touches"
echo
if [ "${#changed[@]}" -eq 0 ]; then
  echo "No seed page changed."
else
  echo '```'
  for file in "${changed[@]}"; do
    # A page's line (✓ or ✗, then its path) and the indented lines under it.
    awk -v file="$file" '
      /^(✓|✗) / { shown = (index($0, "✓ " file " ") == 1 || index($0, "✗ " file ":") == 1) }
      /^(✓|✗) / || /^    / { if (shown) print; next }
      { shown = 0 }
    ' "$work/report.txt"
    case "$file" in *issues.json) echo "$file changed: every page's date may move (see the full report below)." ;; esac
  done
  echo '```'
fi
echo
echo '<details><summary>The whole ingest report</summary>'
echo
echo '```'
cat "$work/report.txt"
echo '```'
echo '</details>'
exit "$status"
