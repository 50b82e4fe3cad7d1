#!/bin/bash
# Entry point of the locally built kg/neo4j image: writes neo4j.conf from the environment and
# runs the Community server in the foreground (console mode, so its log goes to stdout where
# `docker logs` and the tests' wait for "Bolt enabled on" see it; exec, so `docker stop` reaches
# the JVM directly).
#
# It reads the same variables as the official image, so a test can run either image unchanged:
#   NEO4J_AUTH=neo4j/<password>   initial password (at least 8 characters), or "none"
#   NEO4J_<setting>               one neo4j.conf line; "_" stands for "." and "__" for "_",
#                                 e.g. NEO4J_server_bolt_listen__address=127.0.0.1:17687
# Unlike the official image it listens on 127.0.0.1 unless told otherwise, because this image
# is meant for host networking, where 0.0.0.0 would open the server on every interface.
set -euo pipefail

home="${NEO4J_HOME:-/opt/neo4j}"
conf_dir="$home/conf"
conf="$conf_dir/neo4j.conf"

fail() { printf 'kg-neo4j-entrypoint: %s\n' "$*" >&2; exit 1; }

mkdir -p "$conf_dir" "$home/data" "$home/logs" "$home/run" "$home/import" "$home/plugins" ||
  fail "cannot create the server directories under $home"

# Settings from the environment come first; a default is written only for a key the
# environment leaves unset, because Neo4j refuses a key that appears twice.
declare -A from_env=()
settings=()
while IFS='=' read -r name value; do
  key="${name#NEO4J_}"
  # Upper-case names (NEO4J_AUTH, NEO4J_HOME, ...) are not settings.
  [[ $key =~ ^[a-z] ]] || continue
  key="${key//__/$'\x01'}"
  key="${key//_/.}"
  key="${key//$'\x01'/_}"
  from_env["$key"]=1
  settings+=("$key=$value")
done < <(env | grep -E '^NEO4J_[A-Za-z0-9_]+=' | sort)

default() { [[ -n ${from_env[$1]:-} ]] || settings+=("$1=$2"); }
default server.default_listen_address 127.0.0.1
default server.directories.data "$home/data"
default server.directories.logs "$home/logs"
default server.directories.run "$home/run"
default server.directories.import "$home/import"
default server.directories.plugins "$home/plugins"
# Small by default: test servers share a 2-core machine with other work.
default server.memory.heap.initial_size 256m
default server.memory.heap.max_size 512m
default server.memory.pagecache.size 64m
# No usage reports: this machine must send nothing off the host.
default dbms.usage_report.enabled false
default client.allow_telemetry false

auth="${NEO4J_AUTH:-}"
case "$auth" in
  none) default dbms.security.auth_enabled false ;;
  "") ;;
  neo4j/*) ;;
  *) fail "NEO4J_AUTH must be 'none' or 'neo4j/<password>' (got a value for user '${auth%%/*}')" ;;
esac

printf '%s\n' "${settings[@]}" >"$conf" || fail "cannot write $conf"

setting() { # last value of a key in the written conf
  local line value=""
  while IFS= read -r line; do [[ $line == "$1="* ]] && value="${line#*=}"; done <"$conf"
  printf '%s' "$value"
}

classpath="$home/plugins/*:$home/lib/*"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ $auth == neo4j/* ]]; then
  password="${auth#neo4j/}"
  (( ${#password} >= 8 )) || fail "NEO4J_AUTH password is shorter than 8 characters"
  # The initial password only takes effect before the first start, so set it once per data dir.
  if [[ ! -e $(setting server.directories.data)/databases/system ]]; then
    NEO4J_HOME="$home" NEO4J_CONF="$conf_dir" "$java_bin" -Xmx128m -XX:TieredStopAtLevel=1 \
      -cp "$classpath" org.neo4j.cli.AdminTool dbms set-initial-password "$password" >/dev/null ||
      fail "setting the initial password failed"
  fi
fi

# Started without Neo4j's own launcher, so the heap settings and the JVM flags that the launcher
# would derive from neo4j.conf are passed here.
heap_initial="$(setting server.memory.heap.initial_size)"
heap_max="$(setting server.memory.heap.max_size)"
exec "$java_bin" \
  -Xms"${heap_initial}" -Xmx"${heap_max}" \
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions \
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
  -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true \
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  ${KG_NEO4J_JAVA_OPTS:-} \
  -cp "$classpath" \
  org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$conf_dir" --console-mode
