#!/usr/bin/env bash
# Builds the distribution tarball (./mvnw -Pdist package runs this after the jar is made; D60):
#   advise-VERSION/bin/advise            the launcher (dist/advise)
#   advise-VERSION/lib/advise.jar        the jar, its two libraries (picocli, SnakeYAML) inside
#   advise-VERSION/lib/advise.aot        the AOT cache (from a JDK 24 or later; D60)
#   advise-VERSION/runtime/              a Java runtime made by jlink with only the modules advise needs
#   advise-VERSION/share/man/man1/advise.1, share/bash-completion/completions/advise
# into target/advise-VERSION-linux-x64.tar.gz.
# The runtime comes from the newest JDK 24+ found (ADVISE_DIST_JDK, JAVA_HOME, /usr/lib/jvm/*),
# else from the JDK running the build; the archive is recorded from that runtime itself, with the
# same training run as the repository's class-data archive (cli.Training), so it matches.
# Usage: dist/build.sh BASEDIR BUILD_DIR VERSION BUILD_JAVA_HOME
set -euo pipefail
basedir=$1 build=$2 version=$3 build_jdk=$4
name="advise-$version"
out="$build/dist"
stage="$out/$name"
tarball="$build/$name-linux-x64.tar.gz"

# The major version of the JDK at $1, from its release file; 0 when it has no jlink.
major() {
  local release="$1/release" v
  [ -x "$1/bin/jlink" ] && [ -f "$release" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  echo "${v:-0}"
}

jdk=""
if [ -n "${ADVISE_DIST_JDK:-}" ]; then
  jdk=$ADVISE_DIST_JDK
  [ "$(major "$jdk")" -ge 17 ] || { echo "dist: ADVISE_DIST_JDK=$jdk is not a JDK 17 or later with jlink" >&2; exit 1; }
else
  best=0
  for candidate in "${JAVA_HOME:-}" "$build_jdk" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    m=$(major "$candidate")
    if [ "$m" -ge 24 ] && [ "$m" -gt "$best" ]; then
      best=$m jdk=$candidate
    fi
  done
  [ -n "$jdk" ] || jdk=$build_jdk
fi
jdk=$(cd -P "$jdk" && pwd)
feature=$(major "$jdk")
[ "$feature" -ge 17 ] || { echo "dist: $jdk has no jlink (a JRE, or a JDK without it)" >&2; exit 1; }
echo "dist: runtime from $jdk (Java $feature)"

# The modules: what jdeps finds in the jar, less the ones only the libraries' optional paths
# reach (D60): java.desktop (java.beans, for SnakeYAML's JavaBean properties, which advise does
# not use; SnakeYAML loads that path only when it is used). java.sql came from Jackson's
# serializers for java.sql dates until Jackson left the jar (D100); it is still left out should
# a library bring it back.
# --list-deps names every module the jar reads directly (--print-module-deps would leave out
# java.xml, which java.desktop brings along anyway).
found=$("$jdk/bin/jdeps" --list-deps --ignore-missing-deps --multi-release "$feature" "$build/advise.jar" \
  | sed 's/^ *//; s#/.*##' | sort -u | paste -s -d, -)
modules=$(tr ',' '\n' <<< "$found" | grep -v -x -e java.desktop -e java.sql | paste -s -d, -)
echo "dist: jdeps found $found; linking $modules"

rm -rf "$out" "$tarball"
mkdir -p "$stage/bin" "$stage/lib" "$stage/share/man/man1" "$stage/share/bash-completion/completions"
link_options=(--add-modules "$modules" --strip-debug --no-man-pages --no-header-files)
# JDK 17-23 record a dynamic archive, which sits on the runtime's own default archive
[ "$feature" -lt 24 ] && link_options+=(--generate-cds-archive)
"$jdk/bin/jlink" "${link_options[@]}" --output "$stage/runtime"

cp "$build/advise.jar" "$stage/lib/advise.jar"
cp "$basedir/dist/advise" "$stage/bin/advise"
chmod 755 "$stage/bin/advise"
cp "$build/advise.1" "$stage/share/man/man1/advise.1"
java="$stage/runtime/bin/java"
"$java" -cp "$stage/lib/advise.jar" dev.advise.cli.Main completion bash > "$stage/share/bash-completion/completions/advise"

# The training run, from the staging folder with the jar named relative to it; the launcher
# names it by its absolute path wherever the tarball is extracted, which an AOT cache accepts.
# A JDK 17-23 dynamic archive does not (it holds the jar's path as recorded and maps only there),
# so those runtimes keep just the default archive jlink made for the JDK's own classes (D60).
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp lib/advise.jar)
training=(dev.advise.cli.Training "$basedir/examples" "$basedir/examples/order-matcher.yaml")
cd "$stage"
if [ "$feature" -ge 25 ]; then
  "$java" -XX:AOTCacheOutput=lib/advise.aot "${flags[@]}" "${training[@]}" > "$out/training.log" 2>&1
elif [ "$feature" -ge 24 ]; then # JDK 24 has no one-step AOTCacheOutput (JEP 514 came in 25)
  "$java" -XX:AOTMode=record -XX:AOTConfiguration="$out/advise.aotconf" "${flags[@]}" "${training[@]}" > "$out/training.log" 2>&1
  "$java" -XX:AOTMode=create -XX:AOTConfiguration="$out/advise.aotconf" -XX:AOTCache=lib/advise.aot "${flags[@]}" >> "$out/training.log" 2>&1
fi
if [ "$feature" -ge 24 ]; then
  [ -f lib/advise.aot ] || { echo "dist: no AOT cache was recorded (see $out/training.log)" >&2; exit 1; }
  echo "dist: AOT cache lib/advise.aot"
else
  [ -f runtime/lib/server/classes.jsa ] || { echo "dist: jlink made no default class-data archive" >&2; exit 1; }
  echo "dist: class-data archive of the runtime (JDK classes; no AOT cache before JDK 24)"
fi
cd "$out"
tar --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
echo "dist: $tarball ($(du -h "$tarball" | cut -f1))"
