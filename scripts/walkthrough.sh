#!/usr/bin/env bash
# The API walkthrough of README.md, against a running server that was started with
#   ADOLINK_BOOTSTRAP_ADMIN_EMAIL, ADOLINK_BOOTSTRAP_ADMIN_PASSWORD and ADOLINK_BOOTSTRAP_API_TOKEN.
# Usage: scripts/walkthrough.sh create   # organization, member, project, issue, resolve, assign, comment
#        scripts/walkthrough.sh check    # after a restart: reads the issue, its activities and comments
# Environment: ADOLINK_URL (default http://localhost:8080), ADOLINK_TOKEN (the bootstrap API token).
set -euo pipefail
url=${ADOLINK_URL:-http://localhost:8080}
token=${ADOLINK_TOKEN:?set ADOLINK_TOKEN to the bootstrap API token}

# call EXPECTED_STATUS METHOD PATH [JSON_BODY] [CURL_AUTH_ARGS...]: prints the body, fails on another status
call() {
  local expected=$1 method=$2 path=$3 body=${4:-}
  shift 4 || shift $#
  local auth=("$@")
  [ ${#auth[@]} -gt 0 ] || auth=(-H "Authorization: Bearer $token")
  local out status
  out=$(curl -sS -X "$method" "${auth[@]}" -H 'Content-Type: application/json' \
    ${body:+--data "$body"} -w '\n%{http_code}' "$url$path")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  echo "$method $path -> $status" >&2
  if [ "$status" != "$expected" ]; then
    echo "expected $expected: $out" >&2
    exit 1
  fi
  echo "$out"
}

field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" | head -n 1; }

case "${1:-create}" in
  create)
    call 201 POST /api/0/organizations/ '{"slug":"acme","name":"Acme"}' >/dev/null
    call 201 POST /api/0/organizations/acme/members/ \
      '{"email":"dev@acme.test","name":"Dev","role":"member","password":"dev-password"}' >/dev/null
    dev_token=$(call 201 POST /api/0/api-tokens/ '' -u dev@acme.test:dev-password | field token)
    call 201 POST /api/0/organizations/acme/projects/ '{"slug":"backend","name":"Backend"}' >/dev/null
    issue=$(call 201 POST /api/0/projects/acme/backend/issues/ \
      '{"title":"NullPointerException in Checkout","culprit":"Cart.total","stacktrace":{"frames":[{"filename":"Cart.java","lineNo":42,"inApp":true}]}}' \
      -H "Authorization: Bearer $dev_token")
    id=$(echo "$issue" | field id)
    echo "created issue $(echo "$issue" | field shortId) (id $id)"
    call 200 PUT "/api/0/organizations/acme/issues/$id/" '{"status":"resolved"}' \
      -H "Authorization: Bearer $dev_token" >/dev/null
    call 200 PUT "/api/0/organizations/acme/issues/$id/" '{"assignedTo":"dev@acme.test"}' >/dev/null
    call 201 POST "/api/0/organizations/acme/issues/$id/comments/" '{"text":"Fixed in the next release"}' \
      -H "Authorization: Bearer $dev_token" >/dev/null
    call 200 GET "/api/0/organizations/acme/issues/$id/activities/"
    echo
    ;;
  check)
    issue=$(call 200 GET /api/0/organizations/acme/issues/BACKEND-1/)
    echo "$issue" | grep -q '"status":"resolved"' || { echo "issue is not resolved" >&2; exit 1; }
    echo "$issue" | grep -q '"email":"dev@acme.test"' || { echo "issue is not assigned" >&2; exit 1; }
    call 200 GET /api/0/organizations/acme/issues/BACKEND-1/activities/ | grep -q '"type":"note"' \
      || { echo "activities are missing" >&2; exit 1; }
    call 200 GET /api/0/organizations/acme/issues/BACKEND-1/comments/
    echo
    echo "all still there"
    ;;
  *)
    echo "usage: $0 create|check" >&2
    exit 2
    ;;
esac
