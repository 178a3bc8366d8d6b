"""The default rule pack, shipped inside the package as ``factlint.rules`` (see pyproject.toml)."""
