#!/usr/bin/env bash
# Publishes one folder of dist-sites/ as the gh-pages branch of a repository:
#   bash scripts/publish-site.sh <folder> <remote>
# A fresh one-commit branch, pushed only when the folder's files changed: the remote's tag
# `published-tree` names the tree last published. Used by .github/workflows/deploy.yml for each
# year's site of a split archive (docs/hosting.md).
set -euo pipefail
folder="$1"
remote="$2"
cd "$folder"
rm -rf .git
touch .nojekyll
git init -q -b gh-pages
git add -A
tree="$(git write-tree)"
published="$(git ls-remote "$remote" refs/tags/published-tree 2>/dev/null | cut -f1 || true)"
if [ "$published" = "$tree" ]; then
  echo "unchanged: $tree"
  rm -rf .git
  exit 0
fi
git -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" commit -q -m "Publish ${GITHUB_SHA:-a local build}"
git tag -f published-tree "$tree" > /dev/null
git push -q --force "$remote" gh-pages +refs/tags/published-tree:refs/tags/published-tree
rm -rf .git
echo "published: $tree"
