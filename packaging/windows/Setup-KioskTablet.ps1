<#
.SYNOPSIS
  Turn a Windows 10/11 tablet into a locked-down 書かない窓口 kiosk (run as Administrator,
  after the installer).

.DESCRIPTION
  1. Creates the local account that the kiosk runs as (no administrator rights) and signs it in
     automatically.
  2. Makes the kiosk the only shell of that account:
     - Shell Launcher (Windows 10/11 Enterprise, Education, IoT Enterprise): the feature is
       enabled and the account's shell set to Start-Kiosk.ps1, restarted when it exits;
     - otherwise (Pro): the account's own Winlogon Shell value (no Explorer, no Start menu),
       with Task Manager and the lock-screen switches turned off for the account.
     Other accounts (the IT clerk's) keep Explorer.
  3. Installs the IPAmj明朝 font (the MJ characters of registered names, e.g. 𠮷) for all users,
     from -FontZip or downloaded from the IPA (moji.or.jp).
  4. Writes the shared configuration: role, printer.backend = "qt" (Windows prints through
     Qt), and the database URL if given.
  Run `kiosk setup` afterwards (or before) for the terminal id, printer and card reader tests.
  Undo: -Remove.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File Setup-KioskTablet.ps1 -Password (Read-Host -AsSecureString)
#>
[CmdletBinding()]
param(
    [string]$UserName = "kiosk",
    [Parameter(Mandatory = $true)][SecureString]$Password,
    [string]$InstallDir = "$env:ProgramFiles\KakanaiKiosk",
    [string]$FontZip = "",
    [string]$FontUrl = "https://moji.or.jp/wp-content/mojikiban/oscdl/ipamjm00601.zip",
    [string]$DatabaseUrl = "",
    [switch]$Remove
)
$ErrorActionPreference = "Stop"
$config = Join-Path $env:ProgramData "KakanaiKiosk\kiosk.toml"
$shell = "powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$InstallDir\Start-Kiosk.ps1`""

function Get-Sid([string]$name) {
    (New-Object System.Security.Principal.NTAccount($name)).Translate(
        [System.Security.Principal.SecurityIdentifier]).Value
}

function Test-ShellLauncher {
    $feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -ErrorAction SilentlyContinue
    return $null -ne $feature
}

function Set-KioskShell([string]$sid) {
    if (Test-ShellLauncher) {
        Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
        $launcher = [wmiclass]"\\.\root\standardcimv2\embedded:WESL_UserSetting"
        $launcher.SetEnabled($true) | Out-Null
        # Explorer for everyone else; the kiosk for this account, restarted when it exits (0).
        $launcher.SetDefaultShell("explorer.exe", 0) | Out-Null
        try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }
        $launcher.SetCustomShell($sid, $shell, $null, $null, 0) | Out-Null
        Write-Host "Shell Launcher: the kiosk is the only shell of $UserName"
    } else {
        # Windows Pro: the account's own shell, set in its registry hive.
        $hive = "HKU\KioskHive"
        $profileDir = (Get-CimInstance Win32_UserProfile | Where-Object SID -eq $sid).LocalPath
        if (-not $profileDir) {
            throw "Sign in once as $UserName (to create its profile), sign out, then run this again."
        }
        reg load $hive (Join-Path $profileDir "NTUSER.DAT") | Out-Null
        try {
            $root = "Registry::HKEY_USERS\KioskHive"
            New-Item -Force "$root\Software\Microsoft\Windows NT\CurrentVersion\Winlogon" | Out-Null
            Set-ItemProperty "$root\Software\Microsoft\Windows NT\CurrentVersion\Winlogon" Shell $shell
            New-Item -Force "$root\Software\Microsoft\Windows\CurrentVersion\Policies\System" | Out-Null
            Set-ItemProperty "$root\Software\Microsoft\Windows\CurrentVersion\Policies\System" DisableTaskMgr 1 -Type DWord
            Set-ItemProperty "$root\Software\Microsoft\Windows\CurrentVersion\Policies\System" DisableLockWorkstation 1 -Type DWord
            Set-ItemProperty "$root\Software\Microsoft\Windows\CurrentVersion\Policies\System" DisableChangePassword 1 -Type DWord
        } finally {
            [gc]::Collect()
            reg unload $hive | Out-Null
        }
        Write-Host "Winlogon shell: the kiosk is the only shell of $UserName (Windows Pro)"
    }
}

function Install-IpamjFont {
    $fonts = Join-Path $env:WINDIR "Fonts"
    if (Test-Path (Join-Path $fonts "ipamjm.ttf")) { Write-Host "IPAmj明朝: already installed"; return }
    $work = Join-Path $env:TEMP "ipamj"
    New-Item -ItemType Directory -Force $work | Out-Null
    $zip = $FontZip
    if (-not $zip) {
        $zip = Join-Path $work "ipamj.zip"
        Invoke-WebRequest -Uri $FontUrl -OutFile $zip -UseBasicParsing
    }
    Expand-Archive -Force $zip $work
    $ttf = Get-ChildItem -Recurse $work -Filter "ipamjm.ttf" | Select-Object -First 1
    if (-not $ttf) { throw "ipamjm.ttf is not in $zip" }
    Copy-Item $ttf.FullName $fonts -Force
    New-ItemProperty -Force -Path "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts" `
        -Name "IPAmj明朝 (TrueType)" -Value "ipamjm.ttf" | Out-Null
    Write-Host "IPAmj明朝: installed for all users"
}

function Set-KioskConfig {
    New-Item -ItemType Directory -Force (Split-Path $config) | Out-Null
    if (-not (Test-Path $config)) { Set-Content -Encoding utf8 $config "[terminal]`r`n" }
    $text = Get-Content -Raw -Encoding utf8 $config
    function Set-Key([string]$section, [string]$key, [string]$value) {
        $line = "$key = `"$value`""
        if ($script:text -match "(?m)^\[$section\]") {
            if ($script:text -match "(?ms)^\[$section\][^\[]*?^$key\s*=") {
                $script:text = [regex]::Replace($script:text, "(?m)^$key\s*=.*$", $line)
            } else {
                $script:text = [regex]::Replace($script:text, "(?m)^\[$section\]\s*$", "[$section]`r`n$line")
            }
        } else {
            $script:text += "`r`n[$section]`r`n$line`r`n"
        }
    }
    Set-Key "terminal" "role" "kiosk"
    Set-Key "printer" "backend" "qt"
    if ($DatabaseUrl) { Set-Key "database" "url" $DatabaseUrl }
    # UTF-8 without a BOM: the kiosk refuses other encodings with the reason.
    [System.IO.File]::WriteAllText($config, $text, (New-Object System.Text.UTF8Encoding($false)))
    [Environment]::SetEnvironmentVariable("KIOSK_CONFIG", $config, "Machine")
    Write-Host "Configuration: $config (role kiosk, printer.backend qt)"
}

if ($Remove) {
    $sid = Get-Sid $UserName
    if (Test-ShellLauncher) {
        $launcher = [wmiclass]"\\.\root\standardcimv2\embedded:WESL_UserSetting"
        try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }
    }
    Remove-ItemProperty "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" AutoAdminLogon -ErrorAction SilentlyContinue
    Write-Host "The kiosk shell of $UserName is removed; the account and its data are kept."
    exit 0
}

if (-not (Test-Path "$InstallDir\kiosk.exe")) { throw "Install the kiosk first ($InstallDir\kiosk.exe is missing)." }
if (-not (Get-LocalUser -Name $UserName -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $UserName -Password $Password -FullName "Kakanai kiosk" `
        -Description "書かない窓口 kiosk account" -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
    Add-LocalGroupMember -Group "Users" -Member $UserName
    Write-Host "Account: $UserName created (standard user)"
}
Set-KioskConfig
Install-IpamjFont
Set-KioskShell (Get-Sid $UserName)
# Sign the kiosk account in automatically at boot.
$winlogon = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password))
Set-ItemProperty $winlogon AutoAdminLogon "1"
Set-ItemProperty $winlogon DefaultUserName $UserName
Set-ItemProperty $winlogon DefaultDomainName $env:COMPUTERNAME
Set-ItemProperty $winlogon DefaultPassword $plain
Write-Host "Done. Restart the tablet: it signs in as $UserName and shows the welcome screen."
