import sys

try:
    from .cli import main
except ModuleNotFoundError as missing:  # run from a checkout by an interpreter without factlint's dependencies
    print(f"factlint: {missing.name} is not installed: install factlint with its dependencies (pip install .)", file=sys.stderr)
    sys.exit(2)  # a set-up error, not findings (exit 1)

main()
