#!/bin/sh
# Stands in for wsl.exe in the runner tests (the runner treats any executable named wsl/wsl.exe as wsl.exe).
# Prints the WSL_UTF8 and WSLENV it received, then exits with the code given as the first argument.
printf '%s|%s' "${WSL_UTF8-<unset>}" "${WSLENV-<unset>}"
exit "${1:-0}"
