; Inno Setup 6 script: Windows installer for Interview Loop Planner.
; UNTESTED here (built and checked on Linux only); see packaging/README.md, "Windows".
;
; 1. Build the one-folder app on Windows (clean venv, see README):
;      pyinstaller --noconfirm --clean --distpath packaging\dist packaging\interview_planner.spec
;    -> packaging\dist\interview-planner\ with interview-planner.exe (console, the CLI) and
;       interview-planner-gui.exe (windowed, what the shortcuts start).
; 2. Compile the installer, passing the version from the package metadata:
;      packaging\build\venv\Scripts\python -c "import interview_planner; print(interview_planner.__version__)"
;      iscc /DAppVersion=<that version> packaging\windows\interview_planner.iss
;    -> packaging\dist\interview-loop-planner-<version>-windows-x64-setup.exe
; 3. Sign interview-planner*.exe before step 2 and the setup .exe after it (README, "Signing").

#define AppName "Interview Loop Planner"
#define AppPublisher "Interview Loop Planner developers"
#define AppExeName "interview-planner-gui.exe"
#define CliExeName "interview-planner.exe"
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\interview_planner.iss
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{5849DA66-54A3-4E66-8ABC-09A5B1D7EFEF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator rights); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=interview-loop-planner-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\interview-loop-planner.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; To sign the installer and uninstaller, define a sign tool named "signtool" in the Inno Setup IDE
; (or iscc /Ssigntool=...) and uncomment:
; SignTool=signtool

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; One-folder app: remove the previous version's files so that no stale module is picked up.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\interview-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Plan technical interview loops"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; The interview databases live in the user's data folder (%LOCALAPPDATA%\interview-loop-planner)
; and are deliberately left in place by the uninstaller.
