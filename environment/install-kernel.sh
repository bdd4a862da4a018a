#!/usr/bin/env bash
# Installs the CD-GAN workbook's Java kernel as the Jupyter kernelspec "cdgan-java".
#
#   environment/install-kernel.sh [--user | --prefix DIR] [--no-build]
#
# 1. installs Debian's Jupyter packages (and Java 17, Maven, npm) when they are missing;
# 2. builds the jars with Maven (the whole reactor: lib, then environment; tests skipped);
# 3. copies the kernel jar, the lib jar and all their dependencies into the kernelspec folder,
#    so a later "mvn clean" does not break the kernel, and installs the kernelspec for the
#    user (default) or under DIR (then set JUPYTER_PATH=DIR/share/jupyter).
# Running it again replaces the kernelspec with a fresh build; nothing else changes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scope=(--user)
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --user) scope=(--user); shift ;;
    --prefix)
      [[ $# -ge 2 ]] || { echo "install-kernel: --prefix needs a folder" >&2; exit 2; }
      mkdir -p "$2"; scope=(--prefix "$(cd "$2" && pwd)"); shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "install-kernel: unknown option $1 (use --user, --prefix DIR, --no-build)" >&2
       exit 2 ;;
  esac
done

# 1. Packages. Jupyter commands run with /usr/bin/python3, which sees Debian's packages.
packages=(jupyter-client jupyter-nbconvert python3-nbclient jupyter-notebook
          python3-jupyter-kernel-test)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
[[ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]] || command -v java >/dev/null \
  || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v npm >/dev/null || missing+=(npm)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "install-kernel: installing ${missing[*]}"
  sudo=""; [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
fi

# The kernel runs on Java 17: Thread.stop (interrupting a busy cell) and the security
# manager (catching System.exit) are gone from later versions.
java17=""
for candidate in "${JAVA17_HOME:-}/bin/java" /usr/lib/jvm/java-17-openjdk-amd64/bin/java \
                 /usr/lib/jvm/java-17-openjdk/bin/java "$(command -v java || true)"; do
  if [[ -x "$candidate" ]] && "$candidate" -version 2>&1 | grep -q 'version "17'; then
    java17="$candidate"; break
  fi
done
[[ -n "$java17" ]] || { echo "install-kernel: no Java 17 found; set JAVA17_HOME" >&2; exit 1; }

# 2. Build (offline first: ~/.m2 usually holds everything).
if [[ $build -eq 1 ]]; then
  export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java17")")")"
  (cd "$root" && { mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; })
fi
kernel_jar="$(ls "$here"/target/cdgan-kernel-*.jar 2>/dev/null | grep -v sources | head -1)"
[[ -n "$kernel_jar" && -d "$here/target/lib" ]] \
  || { echo "install-kernel: no kernel jar in $here/target; run without --no-build" >&2; exit 1; }

# 3. Kernelspec.
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/cdgan-java/lib"
cp "$here"/target/lib/*.jar "$stage/cdgan-java/lib/"
cp "$kernel_jar" "$stage/cdgan-java/lib/cdgan-kernel.jar"
cat > "$stage/cdgan-java/kernel.json" <<JSON
{
  "display_name": "Java (CD-GAN workbook)",
  "language": "java",
  "interrupt_mode": "message",
  "argv": [
    "$java17",
    "-Xmx8g",
    "-Djava.awt.headless=true",
    "-Dai.djl.offline=true",
    "-Djava.security.manager=allow",
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "-Dorg.slf4j.simpleLogger.log.org.cdgan=info",
    "-javaagent:{resource_dir}/lib/cdgan-kernel.jar",
    "-cp", "{resource_dir}/lib/*",
    "org.cdgan.kernel.KernelLauncher",
    "{connection_file}"
  ],
  "env": {"OMP_WAIT_POLICY": "PASSIVE"},
  "metadata": {"debugger": false}
}
JSON
/usr/bin/python3 -m jupyter kernelspec install "$stage/cdgan-java" --name cdgan-java \
  --replace "${scope[@]}" >/dev/null
echo "install-kernel: kernelspec cdgan-java installed (${scope[*]})"
