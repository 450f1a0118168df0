#!/usr/bin/env bash
# Installs Request Tracker 5 from Debian's packages, for the end-to-end test against a real helpdesk
# (tests/e2e/request-tracker.e2e.test.ts). Run as root; does nothing when it is already installed.
# The tests never use this system instance: each run copies its empty SQLite database and serves the
# copy with its own configuration (scripts/support/request-tracker.ts).
set -euo pipefail

PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone)
if [ "$(dpkg-query -W -f='${Status}\n' "${PACKAGES[@]}" 2>/dev/null | grep -c '^install ok installed$')" = "${#PACKAGES[@]}" ]; then
  exit 0
fi

echo "Installing Request Tracker 5 from Debian's packages…"
# dbconfig-common makes the SQLite database without asking; no cron jobs on a test machine.
debconf-set-selections <<'EOF'
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/install-cronjobs boolean false
EOF
apt-get update -qq
# Recommends would add cron, rsyslog, Apache's mod_perl and text browsers: 130 packages the test never uses.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
