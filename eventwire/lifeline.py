"""Worker processes die with the process that started them (Linux): imported first in the fork server
(see parallel.py), and called by each worker as it starts. A killed ingest (kill -9) leaves no fork
server, worker or their memory behind."""
from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # prctl option: the signal this process gets when its parent dies


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent does (a no-op outside Linux)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


die_with_parent()  # (the fork server imports this module as its preload)
