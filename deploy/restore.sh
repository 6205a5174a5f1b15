#!/usr/bin/env bash
# Restores a backup made by backup.sh into the configured database and files folder, replacing
# what they hold. Stop the application first.
#
#   deploy/restore.sh <backup folder made by backup.sh, e.g. /backups/parcours-20261126T040000Z>
#
# Same settings as backup.sh. The database named in PARCOURS_DB_URL is dropped and recreated from
# the dump; the files folder is emptied and refilled from the archive.
set -euo pipefail

source_dir=${1:?usage: restore.sh <backup folder>}
: "${PARCOURS_DB_URL:?set PARCOURS_DB_URL (jdbc:mariadb://host:port/database)}"
: "${PARCOURS_DB_USER:?set PARCOURS_DB_USER}"
: "${PARCOURS_DB_PASSWORD:?set PARCOURS_DB_PASSWORD}"

# shellcheck source=deploy/db-url.sh
. "$(dirname "$0")/db-url.sh"
parse_db_url "$PARCOURS_DB_URL"

(cd "$source_dir" && sha256sum --check --quiet SHA256SUMS)

client=${MARIADB_BIN:+$MARIADB_BIN/}mariadb
run_sql() {
    MYSQL_PWD="$PARCOURS_DB_PASSWORD" "$client" --host="$db_host" --port="$db_port" --user="$PARCOURS_DB_USER" \
        ${PARCOURS_DB_SSL:---skip-ssl} --default-character-set=utf8mb4 "$@"
}
run_sql -e "DROP DATABASE IF EXISTS \`$db_name\`"
# The dump recreates the database (it was made with --databases) and every table in it.
gunzip -c "$source_dir/database.sql.gz" | run_sql

if [ -n "${PARCOURS_FILES_DIR:-}" ]; then
    mkdir -p "$PARCOURS_FILES_DIR"
    find "$PARCOURS_FILES_DIR" -mindepth 1 -delete
    if [ -f "$source_dir/files.tar.gz" ]; then
        tar -C "$PARCOURS_FILES_DIR" -xzf "$source_dir/files.tar.gz"
    fi
fi
echo "restored $source_dir"
