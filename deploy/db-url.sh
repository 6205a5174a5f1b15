# Shared by backup.sh and restore.sh: splits jdbc:mariadb://host[:port]/database[?options].
parse_db_url() {
    local rest=${1#jdbc:mariadb://}
    rest=${rest#jdbc:mysql://}
    local authority=${rest%%/*}
    db_name=${rest#*/}
    db_name=${db_name%%\?*}
    db_host=${authority%%:*}
    db_port=3306
    if [ "$authority" != "$db_host" ]; then
        db_port=${authority#*:}
    fi
    if [ -z "$db_name" ] || [ -z "$db_host" ]; then
        echo "cannot read host and database from $1" >&2
        return 1
    fi
}
