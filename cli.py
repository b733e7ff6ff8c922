"""Shim so ``python cli.py …`` works from a checkout: the CLI lives in ``docproc/cli.py``."""

from docproc.cli import app, main

__all__ = ["app", "main"]

if __name__ == "__main__":
    main()
