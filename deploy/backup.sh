#!/usr/bin/env bash
# Backs up Parcours: a consistent dump of its database and an archive of its uploaded files.
#
#   deploy/backup.sh <backup folder>
#
# Reads the same settings as the application: PARCOURS_DB_URL (jdbc:mariadb://host:port/database),
# PARCOURS_DB_USER, PARCOURS_DB_PASSWORD, PARCOURS_FILES_DIR (uploaded files; skipped when unset).
# MARIADB_BIN may name the folder holding mariadb-dump (default: found on the PATH).
# Writes <backup folder>/parcours-<UTC time>/{database.sql.gz,files.tar.gz,SHA256SUMS}.
set -euo pipefail

target_root=${1:?usage: backup.sh <backup folder>}
: "${PARCOURS_DB_URL:?set PARCOURS_DB_URL (jdbc:mariadb://host:port/database)}"
: "${PARCOURS_DB_USER:?set PARCOURS_DB_USER}"
: "${PARCOURS_DB_PASSWORD:?set PARCOURS_DB_PASSWORD}"

# shellcheck source=deploy/db-url.sh
. "$(dirname "$0")/db-url.sh"
parse_db_url "$PARCOURS_DB_URL"

dump=${MARIADB_BIN:+$MARIADB_BIN/}mariadb-dump
target="$target_root/parcours-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
chmod 700 "$target"

# --single-transaction: a consistent snapshot of InnoDB tables without locking the application out.
MYSQL_PWD="$PARCOURS_DB_PASSWORD" "$dump" --host="$db_host" --port="$db_port" --user="$PARCOURS_DB_USER" \
    ${PARCOURS_DB_SSL:---skip-ssl} --single-transaction --routines --triggers --hex-blob \
    --default-character-set=utf8mb4 --databases "$db_name" | gzip > "$target/database.sql.gz"

if [ -n "${PARCOURS_FILES_DIR:-}" ] && [ -d "$PARCOURS_FILES_DIR" ]; then
    tar -C "$PARCOURS_FILES_DIR" -czf "$target/files.tar.gz" .
fi

(cd "$target" && sha256sum ./*.gz > SHA256SUMS)
echo "$target"
