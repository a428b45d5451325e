"""Sphinx configuration of the Tremplin documentation (MyST Markdown)."""

project = "Tremplin"
author = "Organisation internationale de la Francophonie"
copyright = "2026, Organisation internationale de la Francophonie"  # noqa: A001
language = "fr"

extensions = ["myst_parser", "sphinx_copybutton"]
myst_enable_extensions = ["colon_fence", "deflist", "tasklist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", ".venv", "Thumbs.db", ".DS_Store"]

html_theme = "furo"
html_title = "Tremplin"
