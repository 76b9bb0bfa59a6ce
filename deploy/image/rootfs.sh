#!/usr/bin/env bash
# Builds the base file system of the adolink image into $1, from this machine's JDK and C library
# (no registry, no Docker engine): a jlink'd Java 17 runtime in /opt/java, the shared libraries it
# links, CA certificates, an unprivileged user (adolink, uid 10001) and a writable /data and /tmp.
# Jib adds it to a `scratch` base with the application's layers (adolink-server/pom.xml, profile
# `image`). Needs: jlink with jmods (Debian's openjdk-17-jdk-headless), ldd.
set -euo pipefail
out=$(realpath -m "${1:?usage: rootfs.sh OUTPUT_DIR}")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
rm -rf "$out"
mkdir -p "$out"

# What Spring Boot, Tomcat, H2, PostgreSQL's driver, Micrometer and the ADO client use
# (jdeps on the server's classpath, plus the crypto and DNS providers loaded by name).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,\
java.security.jgss,java.security.sasl,java.sql,java.sql.rowset,java.transaction.xa,java.xml,\
java.xml.crypto,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.localedata,\
jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
  --include-locales=en --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$out/opt/java"

# Debian's JDK links its cacerts to the system store: put the file itself in the image.
rm -f "$out/opt/java/lib/security/cacerts"
cp -L "$java_home/lib/security/cacerts" "$out/opt/java/lib/security/cacerts"

# The C library and everything the runtime's binaries link, at their paths.
copy_lib() {
  local lib=$1
  [ -e "$out$lib" ] && return
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
}
find "$out/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' file; do
    ldd "$file" 2>/dev/null | grep -o '/[^ ]*' || true
  done | grep -v "^$out" | sort -u | while read -r lib; do copy_lib "$lib"; done
# loaded at run time, not linked: name resolution and the dynamic loader's cache
for lib in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
  /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$lib" ] && copy_lib "$lib"
done

mkdir -p "$out/etc" "$out/data" "$out/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nadolink:x:10001:10001:adolink:/data:/sbin/nologin\n' \
  > "$out/etc/passwd"
printf 'root:x:0:\nadolink:x:10001:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"
# Jib leaves out empty directories: a file keeps each (their modes are set in the Jib config)
touch "$out/tmp/.keep" "$out/data/.keep"
