<#
.SYNOPSIS
  Records what this Windows machine answers to the wsl-ready doctor's commands, as a transcript that
  `wsl-ready --replay <file>` (or ReplayRunner) serves on any OS.

.DESCRIPTION
  Runs every command of probes.json (the doctor's exact argv, generated from the code) once, the way the Node
  runner does: no shell, WSL_UTF8=1 for wsl.exe, a timeout per command with the whole process tree killed, raw
  stdout/stderr bytes stored as base64. Read-only: the only command that starts anything is the look inside a
  distribution, and it runs only for distributions that are already running (or the one named by -Distribution).
  Writes the format of packages/core/src/runner/transcript.ts (schema "wsl-ready-transcript/1").

  Works in Windows PowerShell 5.1 and PowerShell 7. No administrator rights needed (optional-feature states are
  then reported as unknown, exactly as the doctor does).

.PARAMETER Output
  The transcript file to write.
.PARAMETER Distribution
  Also look inside this distribution even if it is stopped (this starts it and the WSL VM, like `--deep`).
.PARAMETER TimeoutSeconds
  Per-command timeout (default 30).
.PARAMETER Plan
  The probe plan (default: probes.json next to this script).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File tools\capture\capture.ps1 -Output my-machine.json
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory = $true)][string]$Output,
  [string]$Distribution,
  [int]$TimeoutSeconds = 30,
  [string]$Plan = (Join-Path $PSScriptRoot 'probes.json')
)
$ErrorActionPreference = 'Stop'

# Quote one argument for CommandLineToArgvW (the rules every C runtime and wsl.exe use).
function ConvertTo-Argument([string]$a) {
  if ($a -ne '' -and $a -notmatch '[\s"]') { return $a }
  $out = '"'; $slashes = 0
  foreach ($c in $a.ToCharArray()) {
    if ($c -eq '\') { $slashes++; continue }
    if ($c -eq '"') { $out += ('\' * (2 * $slashes + 1)) + '"' } else { $out += ('\' * $slashes) + $c }
    $slashes = 0
  }
  return $out + ('\' * (2 * $slashes)) + '"'
}

function Resolve-Tool([string]$tool) {
  $sys = Join-Path $env:SystemRoot 'System32'
  switch ($tool) {
    'powershell' { return (Join-Path $sys 'WindowsPowerShell\v1.0\powershell.exe') }
    'systeminfo' { return (Join-Path $sys 'systeminfo.exe') }
    'wsl' { return (Join-Path $sys 'wsl.exe') }
    'docker' { $cmd = Get-Command docker.exe -ErrorAction SilentlyContinue; if ($cmd) { return $cmd.Source } else { return 'docker.exe' } }
  }
}

# One call, recorded like RecordingRunner: argv, the variables we set, raw output, exit codes, or the error.
function Invoke-Probe([string]$file, [string[]]$argv, $envChanges) {
  $call = [ordered]@{ file = $file; args = $argv }
  if ($envChanges) { $call.env = $envChanges }
  $started = [Diagnostics.Stopwatch]::StartNew()
  $psi = New-Object Diagnostics.ProcessStartInfo
  $psi.FileName = $file
  $psi.Arguments = (($argv | ForEach-Object { ConvertTo-Argument $_ }) -join ' ')
  $psi.UseShellExecute = $false
  $psi.RedirectStandardOutput = $true
  $psi.RedirectStandardError = $true
  $psi.RedirectStandardInput = $true
  $psi.CreateNoWindow = $true
  if ($envChanges) {
    foreach ($name in $envChanges.Keys) {
      $value = $envChanges[$name]
      if ($null -eq $value) { [void]$psi.EnvironmentVariables.Remove($name) } else { $psi.EnvironmentVariables[$name] = $value }
    }
  }
  $p = New-Object Diagnostics.Process
  $p.StartInfo = $psi
  try { [void]$p.Start() } catch {
    $call.exitCode = -1; $call.rawExitCode = $null; $call.stdout = ''; $call.stderr = ''
    $call.durationMs = [int]$started.ElapsedMilliseconds
    $call.error = [ordered]@{ code = 'command-not-found'; message = "Could not start ``$file``: it is not installed or not on PATH." }
    return $call
  }
  $p.StandardInput.Close()
  $out = New-Object IO.MemoryStream; $err = New-Object IO.MemoryStream
  $t1 = $p.StandardOutput.BaseStream.CopyToAsync($out); $t2 = $p.StandardError.BaseStream.CopyToAsync($err)
  if (-not $p.WaitForExit($TimeoutSeconds * 1000)) {
    & taskkill.exe /T /F /PID $p.Id 2>&1 | Out-Null
    $call.exitCode = -1; $call.rawExitCode = $null; $call.stdout = ''; $call.stderr = ''
    $call.durationMs = [int]$started.ElapsedMilliseconds
    $call.error = [ordered]@{ code = 'command-timeout'; message = "The command did not finish within $TimeoutSeconds s and was stopped."; timeoutMs = $TimeoutSeconds * 1000 }
    return $call
  }
  [void][Threading.Tasks.Task]::WaitAll(@($t1, $t2), 10000)
  $p.WaitForExit()
  # Node reports the exit code as an unsigned 32-bit value; wsl.exe's -1 is 4294967295, normalised to -1.
  # Plain Int64 arithmetic: `-band 0xFFFFFFFF` does not work, because PowerShell reads 0xFFFFFFFF as Int32 -1.
  $raw = [long]$p.ExitCode
  if ($raw -lt 0) { $raw += 4294967296 }
  $isWsl = ([IO.Path]::GetFileNameWithoutExtension($file)).ToLowerInvariant() -eq 'wsl'
  $call.exitCode = if ($isWsl -and ($raw -eq 4294967295 -or $raw -eq 255)) { -1 } else { $raw }
  $call.rawExitCode = $raw
  $call.stdout = [Convert]::ToBase64String($out.ToArray())
  $call.stderr = [Convert]::ToBase64String($err.ToArray())
  $call.durationMs = [int]$started.ElapsedMilliseconds
  return $call
}

$probes = Get-Content -LiteralPath $Plan -Raw | ConvertFrom-Json
$calls = New-Object Collections.ArrayList
$wslEnv = @{ WSL_UTF8 = '1' }

# Running distributions (names only; `--quiet` prints nothing and exits 0 when none runs).
$running = @()
$wsl = Resolve-Tool 'wsl'
if (Test-Path -LiteralPath $wsl) {
  $list = Invoke-Probe $wsl @('--list', '--running', '--quiet') $wslEnv
  if ($list.stdout) {
    $text = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($list.stdout)) -replace "`0", ''
    $running = @($text -split "`r?`n" | ForEach-Object { $_.Trim() } | Where-Object { $_ -match '^[A-Za-z0-9._-]+$' })
  }
}
if ($Distribution) { $running = @($running + $Distribution | Select-Object -Unique) }

foreach ($probe in $probes) {
  $file = Resolve-Tool $probe.tool
  $envChanges = $null
  if ($probe.tool -eq 'wsl') { $envChanges = $wslEnv }
  if ($probe.env) {
    $envChanges = @{}
    foreach ($prop in $probe.env.PSObject.Properties) { $envChanges[$prop.Name] = $prop.Value }
  }
  $argv = @($probe.args)
  if ($probe.perRunningDistro) {
    foreach ($name in $running) {
      $each = @($argv | ForEach-Object { if ($_ -eq '{distro}') { $name } else { $_ } })
      [void]$calls.Add((Invoke-Probe $file $each $envChanges))
    }
  } else {
    [void]$calls.Add((Invoke-Probe $file $argv $envChanges))
  }
  Write-Host ("recorded: {0} {1}" -f $probe.tool, (($argv | Select-Object -First 4) -join ' '))
}

$arch = switch ($env:PROCESSOR_ARCHITECTURE) { 'ARM64' { 'arm64' } 'x86' { 'ia32' } default { 'x64' } }
$transcript = [ordered]@{
  schema = 'wsl-ready-transcript/1'
  recordedAt = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ')
  host = [ordered]@{ platform = 'win32'; arch = $arch }
  note = "Captured with tools/capture/capture.ps1 on $env:COMPUTERNAME."
  calls = $calls
}
$json = $transcript | ConvertTo-Json -Depth 6
# Relative to the current location, absolute paths kept (Join-Path would glue an absolute path onto the location).
$outputPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Output)
[IO.File]::WriteAllText($outputPath, $json, (New-Object Text.UTF8Encoding $false))
Write-Host "Wrote $Output ($($calls.Count) calls). Review it before sharing: it holds your machine's outputs, .wslconfig and Docker Desktop settings."
