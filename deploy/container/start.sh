#!/bin/sh
# Container entry point: renders the dashboard's config.json and deploy/nginx.conf from environment variables,
# refuses a bad value with a message naming it, then runs nginx in the foreground (as the image's unprivileged
# user). `start.sh render` renders and stops (the tests use it).
#
#   VDK_CONTROL_SERVICE   required: the Control Service, http(s)://host[:port] without a path; /data-jobs goes there
#   VDK_BASE_PATH         where the dashboard lives, e.g. /console, no trailing slash; empty (default) for the root
#   VDK_LISTEN            port to listen on (default 8080)
#   VDK_API_BASE_URL      config.json apiBaseUrl: empty (default, same origin), a path or an http(s) URL
#   VDK_AUTH              oidc (default) or none (no login: a Control Service without security)
#   VDK_OIDC_AUTHORITY    with oidc, required: the OpenID provider (issuer), an http(s) URL or a path on this origin
#   VDK_OIDC_CLIENT_ID    with oidc, required: the dashboard's public client id at the provider
#   VDK_OIDC_SCOPES       default "openid profile"
#   VDK_OIDC_TEAMS_CLAIM  default "groups"
#   VDK_OIDC_RESOURCE     optional resource indicator (audience), an http(s) URL
#   VDK_TEAMS             optional teams for the team switcher, separated by spaces or commas
#   VDK_DEFAULT_TEAM      optional, one of VDK_TEAMS
#   VDK_FRAME_ANCESTORS   optional portal origins (http(s)://host[:port], space-separated) allowed to frame the
#                         dashboard and to exchange messages with it; the dashboard itself always may
#   VDK_CONNECT_SRC       optional extra origins the browser calls; those of an absolute VDK_OIDC_AUTHORITY and
#                         VDK_API_BASE_URL are added by themselves
#   VDK_CONFIG_FILE       optional: serve this config.json (e.g. a mounted ConfigMap) instead of rendering one; the
#                         VDK_AUTH, VDK_OIDC_*, VDK_API_BASE_URL, VDK_TEAMS and VDK_DEFAULT_TEAM settings then do not apply
#
# Paths (the image's defaults; the tests point them elsewhere): VDK_DIST_SOURCE the built dashboard,
# VDK_TEMPLATE deploy/nginx.conf, VDK_RUN_DIR a writable folder (an emptyDir under a read-only root filesystem).
set -eu

dist_source=${VDK_DIST_SOURCE:-/usr/share/vdk-dashboard}
template=${VDK_TEMPLATE:-/etc/vdk-dashboard/nginx.conf.template}
run_dir=${VDK_RUN_DIR:-/tmp/vdk-dashboard}

problems=""
refuse() { problems="$problems
  $1"; }

# matches VALUE EXTENDED-REGEX: the whole value matches.
matches() { printf '%s' "$1" | grep -Eqx -- "$2"; }

ORIGIN='https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?'
URL="$ORIGIN(/[A-Za-z0-9._~%/:@!\$&'()*+,;=-]*)?"
PATH_RE="(/[A-Za-z0-9._~%@!\$&'()*+,;=:-]+)+/?"
NAME='[A-Za-z0-9._:-]+'

control_service=${VDK_CONTROL_SERVICE:-}
base_path=${VDK_BASE_PATH:-}
listen=${VDK_LISTEN:-8080}
api_base_url=${VDK_API_BASE_URL:-}
auth=${VDK_AUTH:-oidc}
authority=${VDK_OIDC_AUTHORITY:-}
client_id=${VDK_OIDC_CLIENT_ID:-}
scopes=${VDK_OIDC_SCOPES:-openid profile}
teams_claim=${VDK_OIDC_TEAMS_CLAIM:-groups}
resource=${VDK_OIDC_RESOURCE:-}
teams=$(printf '%s' "${VDK_TEAMS:-}" | tr ',' ' ')
default_team=${VDK_DEFAULT_TEAM:-}
frame_ancestors=${VDK_FRAME_ANCESTORS:-}
connect_src=${VDK_CONNECT_SRC:-}
config_file=${VDK_CONFIG_FILE:-}

matches "$control_service" "$ORIGIN" ||
  refuse "VDK_CONTROL_SERVICE must be the Control Service as http(s)://host[:port] without a path, e.g. http://vdk-control-service:8092 (got \"$control_service\")"
[ -z "$base_path" ] || matches "$base_path" '(/[A-Za-z0-9._~-]+)+' ||
  refuse "VDK_BASE_PATH must be empty (the root) or a path without a trailing slash, e.g. /console (got \"$base_path\")"
matches "$listen" '[0-9]{1,5}' && [ "$listen" -ge 1 ] && [ "$listen" -le 65535 ] ||
  refuse "VDK_LISTEN must be a port number, e.g. 8080 (got \"$listen\")"
for origin in $frame_ancestors $connect_src; do
  matches "$origin" "$ORIGIN" ||
    refuse "VDK_FRAME_ANCESTORS and VDK_CONNECT_SRC list origins as http(s)://host[:port], space-separated (got \"$origin\")"
done

# The origin of an absolute URL, for connect-src; nothing for a path on this origin.
origin_of() { printf '%s' "$1" | grep -Eo "^$ORIGIN" || true; }

if [ -n "$config_file" ]; then
  [ -r "$config_file" ] || refuse "VDK_CONFIG_FILE names $config_file, which cannot be read"
else
  [ -z "$api_base_url" ] || matches "$api_base_url" "$URL|$PATH_RE" ||
    refuse "VDK_API_BASE_URL must be empty (same origin), a path such as /control-service, or an http(s) URL (got \"$api_base_url\")"
  case $auth in
    none) ;;
    oidc)
      matches "$authority" "$URL|$PATH_RE" ||
        refuse "VDK_OIDC_AUTHORITY must be the OpenID provider's issuer, an http(s) URL or a path such as /oidc (got \"$authority\"); VDK_AUTH=none runs without login"
      matches "$client_id" "$NAME" ||
        refuse "VDK_OIDC_CLIENT_ID must be the dashboard's client id at the provider: letters, digits, . _ : - (got \"$client_id\")"
      matches "$scopes" '[A-Za-z0-9._:/-]+( [A-Za-z0-9._:/-]+)*' ||
        refuse "VDK_OIDC_SCOPES must be scopes separated by single spaces, e.g. \"openid profile offline_access\" (got \"$scopes\")"
      matches "$teams_claim" "$NAME" ||
        refuse "VDK_OIDC_TEAMS_CLAIM must be a claim name, e.g. groups (got \"$teams_claim\")"
      [ -z "$resource" ] || matches "$resource" "$URL" ||
        refuse "VDK_OIDC_RESOURCE must be an http(s) URL or empty (got \"$resource\")"
      ;;
    *) refuse "VDK_AUTH must be oidc or none (got \"$auth\")" ;;
  esac
  for team in $teams; do
    matches "$team" '[A-Za-z0-9._-]+' ||
      refuse "VDK_TEAMS lists team names (letters, digits, . _ -) separated by spaces or commas (got \"$team\")"
  done
  if [ -n "$default_team" ]; then
    case " $teams " in
      *" $default_team "*) ;;
      *) refuse "VDK_DEFAULT_TEAM must be one of VDK_TEAMS (got \"$default_team\", teams \"$teams\")" ;;
    esac
  fi
  connect_src="$connect_src $(origin_of "$authority") $(origin_of "$api_base_url")"
fi

[ -r "$dist_source/index.html" ] || refuse "no dashboard build in $dist_source (VDK_DIST_SOURCE)"
[ -r "$template" ] || refuse "no nginx template at $template (VDK_TEMPLATE)"

if [ -n "$problems" ]; then
  echo "vdk-dashboard: not started, fix these settings:$problems" >&2
  exit 64
fi

# JSON strings and lists from values the checks above limited to characters that need no escaping.
json_list() {
  out=""
  for item in "$@"; do out="$out${out:+, }\"$item\""; done
  printf '[%s]' "$out"
}

render_config() {
  if [ "$auth" = none ]; then
    auth_json=null
  else
    auth_json="{ \"authority\": \"$authority\", \"clientId\": \"$client_id\", \"scopes\": \"$scopes\", \"teamsClaim\": \"$teams_claim\"${resource:+, \"resource\": \"$resource\"} }"
  fi
  # shellcheck disable=SC2086 # word splitting of the space-separated lists is intended
  printf '{\n  "apiBaseUrl": "%s",\n  "auth": %s,\n  "teams": %s,%s\n  "embed": { "enabled": false, "allowedParentOrigins": %s }\n}\n' \
    "$api_base_url" "$auth_json" "$(json_list $teams)" \
    "${default_team:+
  \"defaultTeam\": \"$default_team\",}" "$(json_list $frame_ancestors)"
}

dist_source=$(cd "$dist_source" && pwd)
# The site: the image's files, linked (they stay read-only), beside the rendered or mounted config.json.
site="$run_dir/site"
rm -rf "$site"
mkdir -p "$site"
for entry in "$dist_source"/* "$dist_source"/.[!.]*; do
  [ -e "$entry" ] || continue
  [ "$(basename "$entry")" = config.json ] || ln -s "$entry" "$site/"
done
if [ -n "$config_file" ]; then
  ln -s "$config_file" "$site/config.json"
else
  render_config >"$site/config.json"
fi

# The same envsubst invocation deploy/nginx.conf documents; every variable defined.
ancestors="'self'"
for origin in $frame_ancestors; do ancestors="$ancestors $origin"; done
# shellcheck disable=SC2086 # joins the origins with single spaces
connect_src=$(echo $connect_src)
VDK_LISTEN=$listen VDK_BASE_PATH=$base_path VDK_DIST_DIR=$site VDK_CONTROL_SERVICE=$control_service \
  VDK_FRAME_ANCESTORS=$ancestors VDK_CONNECT_SRC=$connect_src \
  envsubst '${VDK_LISTEN} ${VDK_BASE_PATH} ${VDK_DIST_DIR} ${VDK_CONTROL_SERVICE} ${VDK_FRAME_ANCESTORS} ${VDK_CONNECT_SRC}' \
  <"$template" >"$run_dir/site.conf"

[ "${1:-}" = render ] && exit 0
# -e: no attempt at the packaged /var/log/nginx/error.log, which this user may not write.
exec nginx -e stderr -c /etc/vdk-dashboard/nginx-main.conf -g 'daemon off;'
