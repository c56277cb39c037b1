; Stegvis installer for Windows, built on Linux with Debian's makensis by
; scripts/package-windows, which passes VERSION, SRCDIR (the staged program
; folder) and OUTFILE. Installs for all users under Program Files with a
; Start-menu entry and an uninstaller. Progress data lives in the users' or
; the machine configuration's data folder and is never removed here.

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef SRCDIR
  !error "pass -DSRCDIR=/path/to/staged/Stegvis"
!endif
!ifndef OUTFILE
  !error "pass -DOUTFILE=/path/to/Stegvis-setup.exe"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Stegvis"

Name "Stegvis"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Stegvis"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Stegvis"
VIAddVersionKey /LANG=0 "FileDescription" "Stegvis – det digitala, steg för steg"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "${SRCDIR}/stegvis.ico"
!define MUI_UNICON "${SRCDIR}/stegvis.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\stegvis.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Stegvis behöver 64-bitars Windows. / Stegvis needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Stegvis"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}/*"
  WriteUninstaller "$INSTDIR\Avinstallera Stegvis.exe"
  CreateShortcut "$SMPROGRAMS\Stegvis.lnk" "$INSTDIR\stegvis.exe" "" "$INSTDIR\stegvis.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Stegvis"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Stegvis"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\stegvis.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Avinstallera Stegvis.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Stegvis.lnk"
  ; Only what the installer put there: never a recursive delete of $INSTDIR,
  ; which could be a folder the user chose with other files in it.
  Delete "$INSTDIR\stegvis.exe"
  Delete "$INSTDIR\stegvis.ico"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\config.toml.example"
  Delete "$INSTDIR\installera.md"
  RMDir /r "$INSTDIR\lessons"
  RMDir /r "$INSTDIR\assets"
  Delete "$INSTDIR\Avinstallera Stegvis.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
