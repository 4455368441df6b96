; The Windows installer: per user, no administrator rights, into
; %LOCALAPPDATA%\Programs\LSP Desktop, with a Start-menu shortcut to the window program
; only (the command line lsp-desktop-cli.exe is installed beside it, without a shortcut)
; and an uninstaller in Settings > Apps. .github/workflows/build.yml builds it with
;   iscc /DAppVersion=0.1.0 "/DSourceDir=dist\LSP Desktop" /DOutputDir=out
;        /DOutputName=LSP-Desktop-0.1.0-windows-x64-setup packaging\windows\lsp-desktop.iss
; The portable zip of the same folder is published beside it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\LSP Desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "LSP-Desktop-" + AppVersion + "-windows-x64-setup"
#endif
#define AppName "LSP Desktop"
#define WindowProgram "LSP Desktop.exe"

[Setup]
; One id for every version, so that a new version replaces the old one in place.
AppId={{6C1E4F0A-2B7D-4E59-9A43-1D5B7F3C8E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, and {autopf} is the user's own Programs folder.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#WindowProgram}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app keeps the admin's workspace in the user's profile, never in {app}: an
; uninstall or an update leaves it alone.
CloseApplications=yes
RestartApplications=no

[Languages]
; Indonesian first when this Inno Setup has its translation (some releases ship it among
; the official languages, others do not); English otherwise.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update must not leave a previous version's libraries beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#WindowProgram}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#WindowProgram}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowProgram}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
