#!/usr/bin/env bash
# Runs a local Keycloak 26 for Parcours on http://127.0.0.1:8180 with the "parcours" realm of this
# folder imported (demo users admin, claire, paul, anne, marc; password "parcours").
# Keycloak is fetched from Maven Central by the Maven wrapper, unpacked into config/keycloak/target.
# Stop it with Ctrl-C. Then start Parcours with:
#   PARCOURS_OIDC_ISSUER=http://127.0.0.1:8180/realms/parcours \
#   PARCOURS_OIDC_CLIENT_ID=parcours PARCOURS_OIDC_CLIENT_SECRET=change-me-local-development-only \
#   PARCOURS_BASE_URL=http://localhost:8080 ./mvnw -Prun
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${KEYCLOAK_VERSION:-26.7.3}"
target="$here/target"
home="$target/keycloak-$version"
if [ ! -x "$home/bin/kc.sh" ]; then
  "$root/mvnw" -q -N dependency:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:tar.gz" -DoutputDirectory="$target"
fi
mkdir -p "$home/data/import"
cp "$here/parcours-realm.json" "$home/data/import/"
# A bounded heap: by default Keycloak takes a share of the machine's memory.
export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}"
exec "$home/bin/kc.sh" start-dev --http-port 8180 --http-host 127.0.0.1 \
  --hostname http://127.0.0.1:8180 --import-realm
