"""The console entry point. The command line is imported inside a Ctrl-C guard: importing it
compiles the extraction patterns, which takes most of a second, and an interrupt then must
exit 130 without a traceback, as one during a command does."""
from __future__ import annotations

import sys


def run() -> None:
    try:
        from .cli import main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
