"""``python -m kg`` runs the command line."""

from kg.cli import app

if __name__ == "__main__":  # pragma: no cover
    app(prog_name="kg")
