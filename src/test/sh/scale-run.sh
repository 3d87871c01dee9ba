#!/bin/sh
# Corpus-scale run of issue 14, as a user would run it: `target/newsgraph ingest --threads 2` over
# one folder of articles into a fresh embedded store (default batches and compaction), with the
# store's size on disk sampled every 2 seconds. Prints one Markdown table row:
#
#   | articles | wall s | articles/s | CPU s | peak RSS MB | peak disk MB | final disk MB |
#
# Disk is what the store's files occupy (du, allocated blocks); peak RSS is the JVM's (GNU time).
# Then, with RUNS > 0, the warm query latencies through `serve` (QueryBenchmark, p50 and p95).
#
#   mvn -B -q -DskipTests install && mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#   java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsgraph.bench.IngestBenchmark corpus 10000 /tmp/c10000
#   src/test/sh/scale-run.sh /tmp/c10000 /tmp/db-10000 [RUNS]
#
# Run from the project root, on a quiet machine; the store folder is deleted first.
set -eu
corpus=$1; db=$2; runs=${3:-0}
[ -d "$corpus" ] || { echo "scale-run: no folder $corpus" >&2; exit 2; }
rm -rf "$db"
log=$(mktemp -d); trap 'kill $sampler 2>/dev/null || true; rm -rf "$log"' EXIT
(
    peak=0
    while :; do
        now=$(du -sk "$db" 2>/dev/null | cut -f1 || echo 0)
        [ "${now:-0}" -gt "$peak" ] && peak=$now && echo "$peak" > "$log/peak"
        sleep 2
    done
) &
sampler=$!
articles=$(find "$corpus" -type f -name '*.txt' | wc -l)
/usr/bin/time -f '%e %U %S %M' -o "$log/time" target/newsgraph ingest --store "$db" --threads 2 "$corpus" \
    > "$log/out" 2> "$log/err" || { cat "$log/err" >&2; exit 1; }
kill $sampler; wait $sampler 2>/dev/null || true
final=$(du -sk "$db" | cut -f1)
peak=$(cat "$log/peak" 2>/dev/null || echo "$final")
[ "$final" -gt "$peak" ] && peak=$final
cat "$log/out" >&2
read -r wall user sys rss < "$log/time"
awk -v n="$articles" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v p="$peak" -v f="$final" 'BEGIN {
    printf "| %d | %.0f | %.1f | %.0f | %.0f | %.0f | %.0f |\n", n, w, n / w, u + s, r / 1024, p / 1024, f / 1024 }'
if [ "$runs" -gt 0 ]; then
    [ -f target/cp.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.newsgraph.bench.QueryBenchmark "$db" "$runs"
fi
