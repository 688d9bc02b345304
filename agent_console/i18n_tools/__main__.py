"""python -m agent_console.i18n_tools {update|check|release}

update   merge new strings from the source into resources/translations/*.ts (keeps translations)
check    list every string that is missing, unfinished, stale or has broken placeholders
release  compile the .ts files into the .qm files the console loads (commit both)
"""

from __future__ import annotations

import sys

from agent_console.i18n_tools import call_sites, catalog


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        print(catalog.update(), end="")
        print("Now translate the unfinished strings (Qt Linguist, or edit the .ts), then: release")
        return 0
    if command == "release":
        for path in catalog.release():
            print(f"built {path.relative_to(catalog.REPO)}")
        return 0
    if command == "check":
        lines = [str(f) for f in call_sites.findings(catalog.PACKAGE)] + catalog.problems()
        print("\n".join(lines) if lines else "All interface strings are translated.")
        return 1 if lines else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
