#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: Debian's package (installed with
# apt-get when missing), a new cluster in a temporary folder, a free port on 127.0.0.1, trust
# authentication for the local user only; the command gets TEST_DATABASE_URL and the server
# is stopped and deleted afterwards. As root, the server runs as the `postgres` user.
#   scripts/with-postgres.sh npx jest        (npm run test:postgres)
set -euo pipefail

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

dir=$(mktemp -d /tmp/song-ngu-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U songngu -E UTF8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U songngu song_ngu_test

export TEST_DATABASE_URL="postgresql://songngu@127.0.0.1:$port/song_ngu_test"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
"$@"
