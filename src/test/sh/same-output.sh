#!/bin/sh
# Same-output check for refactorings: extracts every text of the seed and the dev sets with two
# builds and diffs a canonical dump of the graphs (sorted N-Quads, ingest times dropped).
#
#   src/test/sh/same-output.sh OLD.jar NEW.jar [FOLDER...]
#
# Default folders: ../shared/seeds ../shared/eval/gum-dev/articles ../shared/eval/re3d-dev/articles
# (relative to the worktree root). Exit 0 when every graph is identical, 1 otherwise (diff printed).
set -eu
old=$1; new=$2; shift 2
[ $# -gt 0 ] || set -- ../shared/seeds ../shared/eval/gum-dev/articles ../shared/eval/re3d-dev/articles
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dump() { # JAR FOLDER OUT
    rm -rf "$work/db"
    java -jar "$1" ingest --store "$work/db" --threads 1 "$2" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    java -jar "$1" export --store "$work/db" --format nquads \
        | grep -v -e 'prov#generatedAtTime' -e 'prov#endedAtTime' | LC_ALL=C sort > "$3"
}
status=0
for folder in "$@"; do
    [ -d "$folder" ] || { echo "skip (absent): $folder"; continue; }
    dump "$old" "$folder" "$work/old.nq"
    dump "$new" "$folder" "$work/new.nq"
    if cmp -s "$work/old.nq" "$work/new.nq"; then
        echo "same: $folder ($(wc -l < "$work/new.nq") quads, $(ls "$folder" | wc -l) files)"
    else
        echo "DIFFERENT: $folder"; diff "$work/old.nq" "$work/new.nq" | head -40; status=1
    fi
done
exit $status
