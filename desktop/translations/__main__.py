"""``python -m desktop.translations update|build|check``: keep the catalogues in step.

``update`` extracts the marked strings of every area into ``<area>_<lang>.ts`` (keeping
translations), ``build`` compiles them into ``frames_<lang>.qm``, ``check`` lists every
unfinished translation and lost placeholder (exit status 1 if there is one).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.translations import FOLDER, LANGUAGES
from desktop.translations.catalogue import build, problems, update


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.translations")
    parser.add_argument("command", choices=["update", "build", "check"])
    args = parser.parse_args(argv)
    if args.command == "update":
        for line in update(FOLDER.parent.parent, FOLDER, LANGUAGES):
            sys.stdout.write(line + "\n")
    elif args.command == "build":
        for path in build(FOLDER, LANGUAGES):
            sys.stdout.write(f"{path.name}: {path.stat().st_size} bytes\n")
    else:
        found = [line for path in sorted(FOLDER.glob("*.ts")) for line in problems(Path(path))]
        for line in found:
            sys.stdout.write(line + "\n")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
