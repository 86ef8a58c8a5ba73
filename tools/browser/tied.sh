#!/bin/sh
# Runs KL_TIED_COMMAND with these arguments, tied to the Node process that started this script: the kernel
# kills it when that process dies, even by SIGKILL (tiedLaunch in child-processes.mjs). For libraries that
# spawn a browser themselves and put their own flags first (puppeteer), so a wrapper, not extra arguments.
# Each `exec` keeps the process id that the library tracks and stops.
exec "$KL_SETPRIV" --pdeathsig KILL -- "$KL_TIED_COMMAND" "$@"
