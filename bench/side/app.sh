# Sourced by the scripts beside it (bash, run from the repository root): builds and starts the app
# with the README's start command on a fresh database $DB at port $PORT (log /tmp/$DB.log, stopped on exit), then signs in and
# sets up a tenant with 20 commerces, each with a commerce rep. Leaves API, PSQL, ROOT (the super
# admin's token), TOKEN, TENANT, AUTH (the tenant admin's headers) and COMMERCES (comma-separated).
./mvnw -B -q -DskipTests package -pl gateway -am
PSQL=(psql -h 127.0.0.1 -U postgres -q)
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
AXONIQ_UPDATE_CHECKER_DISABLED=true RETEN_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 PORT=$PORT \
  MANAGEMENT_SERVER_PORT=$((PORT + 1)) \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  SPRING_DATASOURCE_USERNAME=postgres RETEN_SKIP_BUILD=1 ./start > "/tmp/$DB.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
API=http://localhost:$PORT/api
for _ in $(seq 1 120); do curl -sf -o /dev/null "$API/health" && break; sleep 1; done

post() { curl -sf -X POST "$API$1" -H 'content-type: application/json' "${@:3}" -d "$2"; }
ROOT=$(post /auth/login '{"identifier":"admin@reten.local","password":"reten-admin-password"}' \
  | jq -r .accessToken)
SLUG=side-$(date +%s)
TENANT=$(post /tenant/setup "{\"name\":\"Side\",\"slug\":\"$SLUG\",\"admin_email\":\"admin@$SLUG.test\",
  \"admin_password\":\"side-admin-password-1\",\"admin_first_name\":\"Side\",
  \"admin_last_name\":\"Admin\"}" -H "Authorization: Bearer $ROOT" | jq -r .id)
TOKEN=$(post /auth/login "{\"identifier\":\"admin@$SLUG.test\",\"password\":\"side-admin-password-1\"}" \
  | jq -r .accessToken)
AUTH=(-H "Authorization: Bearer $TOKEN" -H "x-tenant-id: $TENANT")
ITEMS=$(jq -nc '[range(20) | {external_id: "S-\(.)", name: "Side store \(.)",
  users: [{external_id: "rep-\(.)", name: "Rep \(.)", roles: ["COMMERCE_REP"]}]}]')
post /commerces/sync "{\"items\":$ITEMS}" "${AUTH[@]}" > /dev/null
COMMERCES=$(curl -sf "$API/commerces?limit=100" "${AUTH[@]}" | jq -r '[.data[].id] | join(",")')
