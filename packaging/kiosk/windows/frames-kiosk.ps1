# Start the FRAMES LMS kiosk and start it again after a crash; a faculty PIN exits it with
# status 0, which ends this script. Run at sign-in of the kiosk account (see README.md):
#   powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File frames-kiosk.ps1
param([string]$App = "$env:LOCALAPPDATA\Programs\frames-lms\frames-desktop.exe")
do {
    $run = Start-Process -FilePath $App -ArgumentList '--kiosk' -Wait -PassThru
    if ($run.ExitCode -ne 0) { Start-Sleep -Seconds 2 }
} while ($run.ExitCode -ne 0)
