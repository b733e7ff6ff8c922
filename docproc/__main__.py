"""``python -m docproc``."""

from docproc.cli import main

if __name__ == "__main__":
    main()
