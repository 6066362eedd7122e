#!/bin/sh
# Makes the launcher's class-data-sharing archive from a training run of the desktop window: the app opens a
# small demo store headless (JavaFX's Monocle platform, software rendering: no display needed, so it also runs
# in the .deb's postinst) and quits once the first page is shown, and the JVM writes every class it loaded.
# Usage: training-run.sh JAVA JAR ARCHIVE "JAVA_OPTIONS"
set -eu
java=$1
jar=$2
archive=$3
java_options=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
# A private home: the run's preferences and JavaFX's unpacked natives must not land in the builder's home.
# shellcheck disable=SC2086 # the options are a list of words
"$java" $java_options -Duser.home="$work/home" -cp "$jar" io.eventinspector.Main \
    generate --db "$work/demo.db" --events 2000 >/dev/null
# shellcheck disable=SC2086
"$java" $java_options -Duser.home="$work/home" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:ArchiveClassesAtExit="$archive" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Devent-inspector.training-run=true \
    -cp "$jar" io.eventinspector.Main gui --db "$work/demo.db" >"$work/training.log" 2>&1 || {
    cat "$work/training.log" >&2
    exit 1
}
[ -s "$archive" ] || { echo "training run wrote no class-data archive: $archive" >&2; exit 1; }
