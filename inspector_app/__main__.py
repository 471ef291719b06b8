"""``python -m inspector_app`` runs the ``inspector`` command."""

from inspector_app.cli import main

if __name__ == "__main__":
    main()
