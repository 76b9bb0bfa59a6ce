#!/usr/bin/env bash
# Builds target/adolink, the README's command (profile `launcher`, on by default on Linux and macOS).
#  - target/adolink-app: adolink.jar extracted (Spring Boot's `-Djarmode=tools extract`: the
#    application's jar and lib/), because the JVM's class data sharing (CDS) maps classes from
#    plain jars only, not from jars nested in a jar;
#  - target/adolink-app/adolink.jsa: a dynamic CDS archive of the classes a start loads, written
#    at the exit of a training start on a throwaway H2 data dir that stops once the context is
#    refreshed (Spring's `spring.context.exit=onRefresh`: every bean made, no port opened);
#  - target/adolink: the script that starts the server with that archive, through the JDK that
#    made it (an archive only fits the JVM build that wrote it).
# Usage: make-launcher.sh TARGET_DIR JAVA_HOME
set -euo pipefail
target=$(cd "${1:?usage: make-launcher.sh TARGET_DIR JAVA_HOME}" && pwd -P)
java_home=$(cd "${2:?usage: make-launcher.sh TARGET_DIR JAVA_HOME}" && pwd -P)
java=$java_home/bin/java
app=$target/adolink-app
rm -rf "$app" "$target/adolink"
"$java" -Djarmode=tools -jar "$target/adolink.jar" extract --destination "$app" >/dev/null

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# nothing from the builder's environment (a SPRING_DATASOURCE_URL would be migrated)
if ! env -i PATH="$PATH" HOME="$training" ADOLINK_DATA_DIR="$training" SERVER_PORT=0 \
  "$java" -XX:ArchiveClassesAtExit="$app/adolink.jsa" -Dspring.context.exit=onRefresh \
  -jar "$app/adolink.jar" >"$target/adolink-cds-training.log" 2>&1; then
  echo "the CDS training start failed; see $target/adolink-cds-training.log" >&2
  exit 1
fi

sed "s|@JAVA@|$java|" "$(dirname "$0")/adolink" >"$target/adolink"
chmod 755 "$target/adolink"
