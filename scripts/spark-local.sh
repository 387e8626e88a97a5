#!/usr/bin/env bash
# Runs the Spark job (sitrep-spark) in local mode from this checkout, for trying it and for the measurements in
# BENCHMARKS.md:  scripts/spark-local.sh THREADS OUTPUT INPUT...   (THREADS: local[THREADS])
# Builds the module and copies its dependencies, Spark included (the cluster provides Spark; here nothing does).
# JVM options: SITREP_JAVA_OPTS (default -Xmx3g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
threads="$1"; output="$2"; shift 2
(cd "$here" && mvn -q -B -o -DskipTests -pl sitrep-spark -am package dependency:copy-dependencies \
  -DincludeScope=test -Dspotless.check.skip=true) >&2
opens="$(sed -n 's:.*<spark.java.opens>\(.*\)</spark.java.opens>.*:\1:p' "$here/sitrep-spark/pom.xml")"
# shellcheck disable=SC2086
exec java ${SITREP_JAVA_OPTS:--Xmx3g} $opens -Dspark.master="local[$threads]" -Dspark.ui.enabled=false \
  -cp "$here/sitrep-spark/target/sitrep-spark-0.1.0-SNAPSHOT.jar:$here/sitrep-spark/target/dependency/*" \
  org.sitrep.spark.SparkExtract --output "$output" "$@"
