# The kiosk account's shell (Shell Launcher starts it hidden): bring the schema forward, then the
# welcome screen. When the kiosk exits, Shell Launcher starts this again (restart action 0).
# A database a newer version migrated is refused by `db upgrade`; the window then shows why.
$ErrorActionPreference = "Continue"
$app = Split-Path -Parent $MyInvocation.MyCommand.Path
& "$app\kiosk.exe" db upgrade *> "$env:LOCALAPPDATA\kakanai-kiosk-upgrade.log"
& "$app\kiosk-window.exe" run
exit $LASTEXITCODE
