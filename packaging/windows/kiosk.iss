; Inno Setup script of the Windows installer (iscc packaging\windows\kiosk.iss, after the
; PyInstaller build; the CI workflow passes /DAppVersion=... /DBundle=dist\windows\kiosk).
; Installs the frozen folder under Program Files, the shared configuration under ProgramData
; (kept on upgrade and uninstall) and the kiosk account's start script.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\windows\kiosk"
#endif

[Setup]
AppId={{6B7E1C0A-4F0E-4C59-9C8B-1D1A8C6E7A51}
AppName=Kakanai Kiosk (書かない窓口)
AppVersion={#AppVersion}
AppPublisher=kakanai-kiosk
DefaultDirName={autopf}\KakanaiKiosk
DefaultGroupName=書かない窓口
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputBaseFilename=kakanai-kiosk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; the town's configuration: written once, never overwritten by an upgrade
Source: "Start-Kiosk.ps1"; DestDir: "{app}"; Flags: ignoreversion
Source: "kiosk.toml"; DestDir: "{commonappdata}\KakanaiKiosk"; Flags: onlyifdoesntexist uninsneveruninstall

[Dirs]
Name: "{commonappdata}\KakanaiKiosk"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\窓口 (clerk console)"; Filename: "{app}\kiosk-window.exe"; Parameters: "clerk"
Name: "{group}\管理 (manager)"; Filename: "{app}\kiosk-window.exe"; Parameters: "manager"
Name: "{group}\診断 (kiosk doctor)"; Filename: "{cmd}"; Parameters: "/k ""{app}\kiosk.exe"" doctor"

[Registry]
; every kiosk command on this PC reads the shared configuration
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
    ValueType: string; ValueName: "KIOSK_CONFIG"; ValueData: "{commonappdata}\KakanaiKiosk\kiosk.toml"; \
    Flags: uninsdeletevalue

; No [Run] db upgrade: the data (and its DPAPI-protected keys) belong to the kiosk account,
; so Start-Kiosk.ps1 migrates it as that account before each start; an upgrade keeps it.
