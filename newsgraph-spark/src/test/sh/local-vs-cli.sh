#!/bin/sh
# The Spark job on local[2] against `newsgraph extract --threads 2` on the same folder of articles,
# with the same JVM options as the launcher (heap aside): wall time, articles/s, CPU seconds, peak
# RSS, and the quad counts (which must be equal). Run from the project root on a quiet machine
# after `mvn -B -DskipTests install && mvn -B -f newsgraph-spark/pom.xml -DskipTests package`:
#
#   newsgraph-spark/src/test/sh/local-vs-cli.sh CORPUS
set -eu
corpus=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mvn -B -q -o -f newsgraph-spark/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
jit="-XX:+UseParallelGC -XX:TieredStopAtLevel=1"
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
 --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
 --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
 --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
 -Dio.netty.tryReflectionSetAccessible=true"
articles=$(find "$corpus" -type f -name '*.txt' | wc -l)
row() { # NAME TIMEFILE QUADS
    read -r wall user sys rss < "$2"
    awk -v name="$1" -v n="$articles" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v q="$3" 'BEGIN {
        printf "| %s | %d | %.0f | %.1f | %.0f | %.2f | %d |\n", name, n, w, n / w, u + s, r / 1048576, q }'
}
echo "| run | articles | wall s | articles/s | CPU s | peak RSS GB | quads |"
echo "|---|---:|---:|---:|---:|---:|---:|"
NEWSGRAPH_JAVA_OPTS="-Xmx1g $jit" /usr/bin/time -f '%e %U %S %M' -o "$work/t-cli" \
    target/newsgraph extract --threads 2 --output "$work/cli.nq" "$corpus" 2> "$work/cli.err"
row "newsgraph extract --threads 2 (1 GB heap)" "$work/t-cli" "$(wc -l < "$work/cli.nq")"
# shellcheck disable=SC2086
/usr/bin/time -f '%e %U %S %M' -o "$work/t-spark" java -Xmx2g $jit $opens -Dspark.master='local[2]' \
    -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
    -cp "newsgraph-spark/target/newsgraph-spark.jar:$(cat "$work/cp.txt")" org.newsgraph.spark.ExtractJob \
    --partitions 2 "$corpus" "$work/spark" 2> "$work/spark.err" || { tail -20 "$work/spark.err" >&2; exit 1; }
row "ExtractJob on Spark local[2] (2 GB heap)" "$work/t-spark" "$(cat "$work"/spark/part-* | wc -l)"
grep -h '^extracted' "$work/cli.err" "$work/spark.err" >&2 || true
