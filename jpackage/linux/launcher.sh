#!/bin/bash
# The Linux launcher of the app-image and the .deb, in place of jpackage's native one: JDK 17's asks rpm and
# dpkg which package owns it (rpm -qf, dpkg -S, dpkg -L) before it starts Java, ~0.2 s of every start here and
# more on a desktop with thousands of packages (docs/benchmarks.md, Installers). It starts the same runtime with
# the class path, main class and options jpackage wrote to lib/app/event-inspector.cfg, $APPDIR expanded as the
# native launcher does, so the class-data archive made for that path still serves.
set -euo pipefail
app_dir="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../lib/app" && pwd)"
options=()
class_path=()
main_class=
while IFS= read -r line; do
    line=${line//\$APPDIR/$app_dir}
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) class_path+=("${line#app.classpath=}") ;;
        app.mainclass=*) main_class=${line#app.mainclass=} ;;
    esac
done < "$app_dir/event-inspector.cfg"
exec "$(dirname "$app_dir")/runtime/bin/java" "${options[@]}" -cp "$(IFS=:; echo "${class_path[*]}")" "$main_class" "$@"
